/** What goes to {@code notices.classified.v1} and to {@code notices.fetched.v1.dlq}, written and bounded. */
package org.tenderwatch.classifier.publish;
