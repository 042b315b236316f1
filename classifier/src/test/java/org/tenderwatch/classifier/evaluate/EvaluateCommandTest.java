package org.tenderwatch.classifier.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.classifier.SharedData;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvaluateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void classifiesAnyLabelsCsvWithPathsRelativeToItAndWritesPredictions(@TempDir Path dir) throws Exception {
        Path releases = SharedData.root().resolve("labelled/releases").toAbsolutePath().normalize();
        Path labels = dir.resolve("set/labels.csv");
        Files.createDirectories(labels.getParent());
        Files.createSymbolicLink(dir.resolve("set/releases"), releases);
        Files.writeString(labels, """
                file,category,specialties,notes
                releases/reconstructed/ocds-h6vhtk-05a419.json,clinical_insourcing,endoscopy,"insourced, at the Trust's units"
                releases/reconstructed/ocds-h6vhtk-04e588.json,nonclinical_outsourcing,records-coding,
                releases/reconstructed/ocds-h6vhtk-059c07.json,clinical_outsourcing,,deliberately wrong label
                """);
        Path predictions = dir.resolve("out/predictions.csv");

        int exit = run("evaluate", labels.toString(), predictions.toString(), "--explain");

        assertThat(exit).as(err.toString()).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("expected \\ predicted", "macro-F1", "precision", "recall")
                .contains("ocds-h6vhtk-059c07.json").contains("expected clinical_outsourcing, predicted not_relevant");
        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines.get(0)).isEqualTo("file,category,specialties,confidence");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("releases/reconstructed/ocds-h6vhtk-05a419.json,clinical_insourcing,endoscopy,0.");
        assertThat(lines.get(2)).startsWith("releases/reconstructed/ocds-h6vhtk-04e588.json,nonclinical_outsourcing,records-coding,");
    }

    @Test
    void explainsWhatIsWrongWithItsArguments() {
        assertThat(run("evaluate", "only-one.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("usage: evaluate LABELS.csv");
        assertThat(run("evaluate", "a.csv", "p.csv", "--cross-validate")).isEqualTo(2);
        assertThat(err.toString()).contains("--cross-validate needs a value");
    }

    @Test
    void releasesItCannotReadAreListedWithTheReasonAndCountedAsMisses(@TempDir Path dir) throws Exception {
        Path releases = SharedData.root().resolve("labelled/releases").toAbsolutePath().normalize();
        Files.createSymbolicLink(dir.resolve("releases"), releases);
        Files.writeString(dir.resolve("broken.json"), "{\"ocid\": ");
        Files.writeString(dir.resolve("no-release.json"), "{\"publisher\": {\"name\": \"x\"}}");
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, """
                file,category
                missing.json,clinical_insourcing
                broken.json,clinical_outsourcing
                releases/reconstructed/ocds-h6vhtk-05a419.json,clinical_insourcing
                no-release.json,not_relevant
                """);
        Path predictions = dir.resolve("p.csv");

        int exit = run("evaluate", labels.toString(), predictions.toString(), "--explain");

        assertThat(exit).as(err.toString()).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("4 releases, 3 unreadable").contains("not classified (counted as misses):")
                .contains("- missing.json (labelled clinical_insourcing): cannot read the file")
                .contains("- broken.json (labelled clinical_outsourcing): not a usable OCDS release")
                .contains("- no-release.json (labelled not_relevant): not a usable OCDS release");
        // One of the two insourcing releases was read and found: recall 0.5, precision 1.
        assertThat(report).containsPattern("clinical_insourcing\\s+1\\.000\\s+0\\.500\\s+0\\.667\\s+2");
        assertThat(Files.readAllLines(predictions)).containsExactly("file,category,specialties,confidence",
                "missing.json,,,", "broken.json,,,",
                Files.readAllLines(predictions).get(3), "no-release.json,,,");
        assertThat(Files.readAllLines(predictions).get(3))
                .startsWith("releases/reconstructed/ocds-h6vhtk-05a419.json,clinical_insourcing,");
    }

    @Test
    void evaluatesEachSetThenAllTogetherAndCrossValidatesOverAll(@TempDir Path dir) throws Exception {
        Path predictions = dir.resolve("p.csv");

        int exit = run("evaluate", SharedData.labels().toString(), SharedData.labels2().toString(),
                predictions.toString(), "--cross-validate", "5");

        assertThat(exit).as(err.toString()).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("== labelled\n", "== labelled-2\n", "== all together",
                "== 5-fold cross-validation (folds by OCID), rules frozen", "fold 5: ", "pooled held-out folds:");
        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines).hasSize(1 + 475 + 235);
        assertThat(lines.get(1)).startsWith("labelled/releases/");
        assertThat(lines.get(476)).startsWith("labelled-2/releases/");
    }

    @Test
    void rejectsAnUnknownCategoryNamingTheLine(@TempDir Path dir) throws Exception {
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "file,category\nx.json,insourcing\n");
        assertThat(run("evaluate", labels.toString(), dir.resolve("p.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("line 2").contains("unknown category 'insourcing'");
    }
}
