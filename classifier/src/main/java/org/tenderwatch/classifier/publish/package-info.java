/** Sends classified notices to {@code notices.classified.v1} and unprocessable input to {@code notices.fetched.v1.dlq}. */
package org.tenderwatch.classifier.publish;
