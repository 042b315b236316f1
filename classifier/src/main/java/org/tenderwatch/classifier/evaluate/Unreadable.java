package org.tenderwatch.classifier.evaluate;

/** A labelled release the evaluation could not classify, and why: counted as a miss of its label. */
record Unreadable(LabelledRelease labelled, String reason) {
}
