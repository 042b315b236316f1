/** Keeps watch on the notifier's own workers: what escapes them is logged and counted, and what cannot go on turns /health DOWN. */
package org.tenderwatch.notifier.supervision;
