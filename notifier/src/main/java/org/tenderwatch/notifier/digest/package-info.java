/** Digests: one message per subscriber per day (and the weekly ones on their day); the monthly "still working" message. */
package org.tenderwatch.notifier.digest;
