package org.tenderwatch.classifier.evaluate;

import org.tenderwatch.events.NoticeClassified;

/** What the classifier made of one labelled release. */
record Prediction(LabelledRelease labelled, NoticeClassified classified) {

    boolean correct() {
        return labelled.category() == classified.category();
    }
}
