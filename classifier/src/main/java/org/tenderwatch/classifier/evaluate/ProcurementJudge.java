package org.tenderwatch.classifier.evaluate;

import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.procurement.Judged;
import org.tenderwatch.classifier.procurement.ProcurementClassifier;
import org.tenderwatch.classifier.procurement.ProcurementState;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;

import java.util.ArrayList;
import java.util.List;

/**
 * How the evaluation judges the releases of one procurement. The evaluation hands over every labelled release of
 * one OCID at once, oldest first, so a judge that folds a procurement's releases into what is known so far can
 * classify each release with what was known up to it ({@link #byProcurement}, as the service does), or classify each
 * release alone ({@link #releaseByRelease}, as the labels judge them).
 */
@FunctionalInterface
public interface ProcurementJudge {

    /**
     * @param releases the labelled releases of one OCID, in release-date order (undated first, in labels order)
     * @return one classification per release, in the same order
     */
    List<NoticeClassified> judge(List<NoticeFetched> releases);

    static ProcurementJudge releaseByRelease(Classifier classifier) {
        return releases -> releases.stream().map(classifier::classify).toList();
    }

    /** As the service judges: each release folded into what its procurement's earlier releases said. */
    static ProcurementJudge byProcurement(ProcurementClassifier classifier) {
        return releases -> {
            List<NoticeClassified> judged = new ArrayList<>(releases.size());
            ProcurementState known = null;
            for (NoticeFetched release : releases) {
                Judged result = classifier.judge(known, release);
                judged.add(result.classified());
                known = result.state();
            }
            return judged;
        };
    }
}
