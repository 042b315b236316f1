package org.tenderwatch.classifier.evaluate;

import org.tenderwatch.events.NoticeFetched;

/** A labelled release read into the notice the classifier gets. */
record LabelledNotice(LabelledRelease labelled, NoticeFetched notice) {
}
