package org.tenderwatch.classifier.procurement;

import org.tenderwatch.events.NoticeClassified;

/** A release's classification, to publish, and its procurement's state after it, to keep. */
public record Judged(NoticeClassified classified, ProcurementState state) {
}
