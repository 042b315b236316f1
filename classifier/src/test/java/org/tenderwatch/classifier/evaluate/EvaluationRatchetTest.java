package org.tenderwatch.classifier.evaluate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.classify.rules.RulesLoader;
import org.tenderwatch.events.Category;

import java.io.InputStream;
import java.time.Clock;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation on the labelled set, as CI runs it: no change may make the classifier worse than it was. */
class EvaluationRatchetTest {

    private static final double ROUNDING = 0.0005;

    private static ConfusionMatrix matrix;

    @BeforeAll
    static void evaluate() throws Exception {
        matrix = Evaluation.run(SharedData.labels(), new Classifier(RulesLoader.bundled(), Clock.systemUTC())).matrix();
        System.out.println(matrix.format());
    }

    @Test
    void noFigureDropsBelowWhatHasBeenReached() throws Exception {
        Properties floor = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/evaluation-floor.properties")) {
            floor.load(in);
        }
        assertThat(matrix.macroF1()).as("macro-F1\n" + matrix.format())
                .isGreaterThanOrEqualTo(Double.parseDouble(floor.getProperty("macro-f1")) - ROUNDING);
        for (Category category : Category.values()) {
            assertThat(matrix.f1(category)).as("F1 of " + category.label() + "\n" + matrix.format())
                    .isGreaterThanOrEqualTo(Double.parseDouble(floor.getProperty("f1." + category.label())) - ROUNDING);
        }
    }

    @Test
    void meetsTheTargetsOfTheIssue() {
        assertThat(matrix.macroF1()).isGreaterThanOrEqualTo(0.90);
        for (Category category : Category.values()) {
            if (category.relevant()) {
                assertThat(matrix.f1(category)).as(category.label()).isGreaterThanOrEqualTo(0.85);
            }
        }
    }
}
