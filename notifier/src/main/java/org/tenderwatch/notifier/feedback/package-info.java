/** Subscribers telling us an alert was wrong: the links' pages, the stored answers, and their export for review. */
package org.tenderwatch.notifier.feedback;
