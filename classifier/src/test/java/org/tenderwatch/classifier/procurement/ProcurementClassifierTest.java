package org.tenderwatch.classifier.procurement;

import org.junit.jupiter.api.Test;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.classify.rules.RulesLoader;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Lifecycle;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Stage;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The procurement is judged, not the release: on a real insourcing tender and the thin award that follows it. */
class ProcurementClassifierTest {

    private static final Classifier RULES = new Classifier(RulesLoader.bundled(),
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
    private static final ProcurementClassifier PROCUREMENTS = new ProcurementClassifier(RULES);

    private final NoticeFetched tender = Releases.dated(SharedData.notice("releases/reconstructed/ocds-h6vhtk-05a419.json"),
            "ocds-h6vhtk-05a419-tender", OffsetDateTime.parse("2025-06-02T09:00:00Z"), List.of("tender"));
    private final List<Award> winner = SharedData.notice("releases/reconstructed/ocds-h6vhtk-06ad30.json").awards();
    private final NoticeFetched award = Releases.thinAward(tender, "Contract award YSTH", winner,
            OffsetDateTime.parse("2025-09-15T09:00:00Z"));

    @Test
    void aThinAwardInheritsWhatItsTenderSaid() {
        assertThat(RULES.classify(award).category()).as("the award judged alone").isEqualTo(Category.NOT_RELEVANT);

        Judged first = PROCUREMENTS.judge(null, tender);
        Judged second = PROCUREMENTS.judge(first.state(), award);

        assertThat(first.classified().category()).isEqualTo(Category.CLINICAL_INSOURCING);
        NoticeClassified awarded = second.classified();
        assertThat(awarded.category()).isEqualTo(Category.CLINICAL_INSOURCING);
        assertThat(awarded.specialties()).contains("endoscopy");
        assertThat(awarded.reasons()).isNotEmpty();
    }

    @Test
    void thePublishedEventKeepsTheReleasesOwnFacts() {
        Judged second = PROCUREMENTS.judge(PROCUREMENTS.judge(null, tender).state(), award);

        NoticeClassified awarded = second.classified();
        assertThat(awarded.notice()).isEqualTo(award);
        assertThat(awarded.notice().description()).isNull();
        assertThat(awarded.stage()).isEqualTo(Stage.AWARD);
        assertThat(awarded.notice().lifecycle()).isEqualTo(Lifecycle.PROVIDER_SELECTED);
        assertThat(awarded.notice().awards()).isEqualTo(winner);
    }

    @Test
    void aNewReleaseSaysWhatItChanged() {
        Judged first = PROCUREMENTS.judge(null, tender);
        Judged second = PROCUREMENTS.judge(first.state(), award);

        assertThat(first.classified().previousCategory()).isNull();
        assertThat(first.classified().changes()).isEmpty();
        assertThat(second.classified().previousCategory()).isEqualTo(Category.CLINICAL_INSOURCING);
        assertThat(second.classified().changes()).containsExactly("stage: tender → award", "lifecycle: Provider selected");
    }

    @Test
    void aReleaseThatChangesTheCategorySaysFromWhatToWhat() {
        NoticeFetched early = Releases.thinAward(tender, "Contract award YSTH", List.of(),
                OffsetDateTime.parse("2025-05-01T09:00:00Z"));
        early = Releases.dated(early, "ocds-h6vhtk-05a419-planning", early.releaseDate(), List.of("planning"));

        Judged first = PROCUREMENTS.judge(null, early);
        Judged second = PROCUREMENTS.judge(first.state(), tender);

        assertThat(first.classified().category()).isEqualTo(Category.NOT_RELEVANT);
        assertThat(second.classified().previousCategory()).isEqualTo(Category.NOT_RELEVANT);
        assertThat(second.classified().changes())
                .contains("category: not relevant → clinical insourcing", "stage: planning → tender");
    }

    @Test
    void theSameReleaseDeliveredAgainIsPublishedAsTheFirstTime() {
        Judged first = PROCUREMENTS.judge(null, tender);
        Judged second = PROCUREMENTS.judge(first.state(), award);
        Judged again = PROCUREMENTS.judge(second.state(), award);

        assertThat(again.classified()).isEqualTo(second.classified());
        assertThat(again.state()).isEqualTo(second.state());
        assertThat(again.state().releases()).isEqualTo(2);
    }

    @Test
    void anOlderReleaseArrivingLateDoesNotMoveTheStageBack() {
        Judged awarded = PROCUREMENTS.judge(null, award);
        Judged late = PROCUREMENTS.judge(awarded.state(), tender);

        assertThat(late.classified().stage()).as("the release's own stage").isEqualTo(Stage.TENDER);
        assertThat(late.state().judgement().stage()).as("the procurement's stage").isEqualTo(Stage.AWARD);
        assertThat(late.classified().changes()).containsExactly("category: not relevant → clinical insourcing");
    }
}
