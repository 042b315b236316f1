package org.tenderwatch.classifier.evaluate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.classify.rules.RulesLoader;
import org.tenderwatch.events.Category;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation on both labelled sets, as CI runs it: no change may make the classifier worse on either. */
class EvaluationRatchetTest {

    private static final double ROUNDING = 0.0005;

    private static Map<String, ConfusionMatrix> matrices;
    private static Properties floor;

    @BeforeAll
    static void evaluate() throws Exception {
        ProcurementJudge judge = ProcurementJudge.releaseByRelease(new Classifier(RulesLoader.bundled(), Clock.systemUTC()));
        matrices = Map.of(
                "labelled", Evaluation.run(List.of(SharedData.labels()), judge).matrix(),
                "labelled-2", Evaluation.run(List.of(SharedData.labels2()), judge).matrix(),
                "both", Evaluation.run(List.<Path>of(SharedData.labels(), SharedData.labels2()), judge).matrix());
        matrices.forEach((set, matrix) -> System.out.println("== " + set + "\n" + matrix.format()));
        floor = new Properties();
        try (InputStream in = EvaluationRatchetTest.class.getResourceAsStream("/evaluation-floor.properties")) {
            floor.load(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"labelled", "labelled-2", "both"})
    void noFigureDropsBelowWhatHasBeenReached(String set) {
        ConfusionMatrix matrix = matrices.get(set);
        assertThat(matrix.macroF1()).as(set + " macro-F1\n" + matrix.format())
                .isGreaterThanOrEqualTo(reached(set + ".macro-f1") - ROUNDING);
        for (Category category : Category.values()) {
            assertThat(matrix.f1(category)).as(set + " F1 of " + category.label() + "\n" + matrix.format())
                    .isGreaterThanOrEqualTo(reached(set + ".f1." + category.label()) - ROUNDING);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"labelled", "labelled-2", "both"})
    void meetsTheTargetsOfTheIssue(String set) {
        ConfusionMatrix matrix = matrices.get(set);
        assertThat(matrix.macroF1()).as(set).isGreaterThanOrEqualTo(0.95);
        for (Category category : Category.values()) {
            if (category.relevant()) {
                assertThat(matrix.f1(category)).as(set + " " + category.label()).isGreaterThanOrEqualTo(0.90);
            }
        }
    }

    private static double reached(String key) {
        String value = floor.getProperty(key);
        assertThat(value).as("evaluation-floor.properties has no '" + key + "'").isNotNull();
        return Double.parseDouble(value);
    }
}
