package org.tenderwatch.classifier.procurement;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Lifecycle;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Stage;

import java.util.List;

/**
 * Judges the procurement, not the release: folds the release into what is known of its OCID, classifies that view,
 * and publishes the release with its own facts (stage, lifecycle event, awards, JSON) and the procurement's category,
 * specialties, signals and reasons, saying what the release changed. Pure apart from the classifier's clock; the
 * caller keeps the state (a Kafka Streams store in the service, a map in an evaluation).
 */
public final class ProcurementClassifier {

    private final Classifier classifier;

    public ProcurementClassifier(Classifier classifier) {
        this.classifier = classifier;
    }

    public String rulesVersion() {
        return classifier.rulesVersion();
    }

    /** {@code known}: the procurement's state before this release, null when its OCID was never seen. */
    public Judged judge(@Nullable ProcurementState known, NoticeFetched release) {
        ProcurementState folded = ProcurementFold.fold(known, release);
        NoticeClassified onView = classifier.classify(ProcurementFold.view(folded, release));
        Judgement before = known == null ? null : known.judgement();
        boolean newest = known == null || ProcurementFold.isNewest(known, release);
        Stage stage = Stage.fromTags(release.tags());
        Stage procurementStage = newest || before == null ? stage : before.stage();
        Lifecycle lifecycle = before == null || (newest && release.lifecycle() != null) ? release.lifecycle() : before.lifecycle();

        boolean again = before != null && before.releaseId().equals(release.releaseId());
        Judgement after = new Judgement(release.releaseId(), onView.category(), onView.specialties(),
                onView.possiblyRelevant(), procurementStage, lifecycle, onView.rulesVersion(), null, List.of());
        Category previousCategory = again ? before.previousCategory() : before == null ? null : before.category();
        List<String> changes = again ? before.changes() : Changes.between(before, after);
        after = new Judgement(after.releaseId(), after.category(), after.specialties(), after.possiblyRelevant(),
                after.stage(), after.lifecycle(), after.rulesVersion(), previousCategory, changes);

        NoticeClassified published = new NoticeClassified(release, onView.category(), onView.specialties(),
                onView.signals(), stage, onView.confidence(), onView.reasons(), onView.rulesVersion(),
                onView.classifiedAt(), onView.possiblyRelevant(), previousCategory, changes);
        return new Judged(published, folded.judged(after));
    }
}
