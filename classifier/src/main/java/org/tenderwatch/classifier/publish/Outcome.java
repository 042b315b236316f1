package org.tenderwatch.classifier.publish;

/** What the classification of one fetched record produced: a classified notice or a dead letter, as JSON. */
public record Outcome(boolean deadLetter, String json) {
}
