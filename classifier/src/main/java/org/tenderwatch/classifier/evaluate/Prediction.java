package org.tenderwatch.classifier.evaluate;

import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;

/** What the classifier made of one labelled release. */
record Prediction(LabelledRelease labelled, NoticeClassified classified) {

    /** What subscribers are alerted to: a possibly relevant notice is listed for review, not alerted. */
    Category alerted() {
        return classified.possiblyRelevant() ? Category.NOT_RELEVANT : classified.category();
    }

    boolean correct() {
        return labelled.category() == alerted();
    }
}
