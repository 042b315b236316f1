package org.tenderwatch.classifier.intake;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.classifier.procurement.Judged;
import org.tenderwatch.classifier.procurement.ProcurementState;
import org.tenderwatch.events.NoticeFetched;

/** Judges one release with what is known of its procurement; the service's is the rules' {@code ProcurementClassifier}. */
@FunctionalInterface
public interface ProcurementJudge {

    Judged judge(@Nullable ProcurementState known, NoticeFetched release);
}
