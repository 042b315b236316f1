package org.tenderwatch.classifier.demo;

import org.junit.jupiter.api.Test;
import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.classify.rules.RulesLoader;
import org.tenderwatch.events.Category;
import org.tenderwatch.ocds.ReleaseNormaliser;
import org.tenderwatch.ocds.Sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample {@code ./run-local --replay} replays from a fresh clone (deploy/local/sample) still gives the demo
 * subscriber alerts of all three categories with the bundled rules: a rules change that breaks the demo fails here.
 */
class DemoSampleTest {

    /** Tests run in the module's folder; the sample sits beside it in the repository. */
    private static final Path SAMPLE = Path.of("..", "deploy", "local", "sample", "releases");

    @Test
    void theShippedSampleHoldsNoticesOfEveryRelevantCategory() throws Exception {
        Classifier classifier = new Classifier(RulesLoader.bundled(), Clock.systemUTC());
        ReleaseNormaliser normaliser = new ReleaseNormaliser();
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SAMPLE)) {
            files = walk.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            Category category = classifier.classify(normaliser.normalise(Sources.REPLAY, Files.readString(file)).notice()).category();
            counts.merge(category, 1, Integer::sum);
        }
        assertThat(files).hasSize(18);
        assertThat(counts).as("categories of the sample's notices").containsKeys(
                Category.CLINICAL_INSOURCING, Category.CLINICAL_OUTSOURCING, Category.NONCLINICAL_OUTSOURCING);
    }
}
