/**
 * Consumes {@code notices.fetched.v1} as a Kafka Streams application: each release is judged with what is known of
 * its procurement, and the classification, the dead letter or the new state are committed together (exactly-once).
 */
package org.tenderwatch.classifier.intake;
