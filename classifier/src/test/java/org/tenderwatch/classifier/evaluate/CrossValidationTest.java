package org.tenderwatch.classifier.evaluate;

import org.junit.jupiter.api.Test;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.classify.rules.RulesLoader;
import org.tenderwatch.events.Category;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CrossValidationTest {

    private static final Classifier CLASSIFIER = new Classifier(RulesLoader.bundled(), Clock.systemUTC());

    @Test
    void everyReleaseIsHeldOutOnceAndAProcurementNeverStraddlesTrainingAndTest() throws Exception {
        LabelledReleases releases = LabelledReleases.read(LabelsFile.read(List.of(SharedData.labels(), SharedData.labels2())));
        List<Set<String>> trainingOcids = new ArrayList<>();
        CrossValidation.Result result = CrossValidation.run(releases, 5, training -> {
            Set<String> ocids = new HashSet<>();
            training.forEach(n -> ocids.add(n.notice().ocid()));
            trainingOcids.add(ocids);
            return ProcurementJudge.releaseByRelease(CLASSIFIER);
        });

        assertThat(result.folds()).hasSize(5).allSatisfy(fold -> assertThat(fold.total()).isPositive());
        assertThat(result.pooled().total()).isEqualTo(releases.read().size() + releases.unreadable().size());
        for (int fold = 0; fold < 5; fold++) {
            int current = fold;
            Set<String> heldOut = new HashSet<>();
            releases.read().stream().filter(n -> CrossValidation.fold(n.notice().ocid(), 5) == current)
                    .forEach(n -> heldOut.add(n.notice().ocid()));
            assertThat(heldOut).isNotEmpty().doesNotContainAnyElementsOf(trainingOcids.get(fold));
        }
        // With the rules frozen the pooled folds are the plain evaluation, release for release.
        ConfusionMatrix whole = Evaluation.of(releases, ProcurementJudge.releaseByRelease(CLASSIFIER)).matrix();
        for (Category expected : Category.values()) {
            for (Category predicted : Category.values()) {
                assertThat(result.pooled().count(expected, predicted)).isEqualTo(whole.count(expected, predicted));
            }
        }
    }

    @Test
    void releasesOfOneProcurementReachTheJudgeTogetherOldestFirst() throws Exception {
        LabelledReleases releases = LabelledReleases.read(LabelsFile.read(List.of(SharedData.labels(), SharedData.labels2())));
        List<Integer> groupSizes = new ArrayList<>();
        Evaluation evaluation = Evaluation.of(releases, procurement -> {
            groupSizes.add(procurement.size());
            for (int i = 1; i < procurement.size(); i++) {
                assertThat(procurement.get(i).ocid()).isEqualTo(procurement.get(0).ocid());
                if (procurement.get(i - 1).releaseDate() != null) {
                    assertThat(procurement.get(i).releaseDate()).isAfterOrEqualTo(procurement.get(i - 1).releaseDate());
                }
            }
            return procurement.stream().map(CLASSIFIER::classify).toList();
        });
        assertThat(groupSizes.stream().filter(size -> size > 1)).as("procurements with several labelled releases").hasSizeGreaterThan(20);
        assertThat(evaluation.predictions()).hasSize(releases.read().size());
    }

    @Test
    void judgedByProcurementEveryReleaseGetsOneClassificationInheritingWhatItsTenderSaid() throws Exception {
        LabelledReleases releases = LabelledReleases.read(LabelsFile.read(List.of(SharedData.labels(), SharedData.labels2())));
        Evaluation byProcurement = Evaluation.of(releases,
                ProcurementJudge.byProcurement(new org.tenderwatch.classifier.procurement.ProcurementClassifier(CLASSIFIER)));
        assertThat(byProcurement.predictions()).hasSize(releases.read().size());
        assertThat(byProcurement.unreadable()).isEmpty();
        assertThat(byProcurement.predictions()).as("a later release of a procurement says what it changed, or nothing")
                .allSatisfy(p -> assertThat(p.classified().changes()).isNotNull());
        assertThat(byProcurement.matrix().macroF1()).isGreaterThanOrEqualTo(0.95);
    }
}
