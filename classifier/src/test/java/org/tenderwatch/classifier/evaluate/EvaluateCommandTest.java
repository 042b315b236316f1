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
    void explainsWhatIsWrongWithItsArguments(@TempDir Path dir) throws Exception {
        assertThat(run("evaluate", "only-one.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("usage: evaluate LABELS.csv PREDICTIONS.csv");

        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "file,category\nmissing.json,clinical_insourcing\n");
        assertThat(run("evaluate", labels.toString(), dir.resolve("p.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("missing.json");
    }

    @Test
    void rejectsAnUnknownCategoryNamingTheLine(@TempDir Path dir) throws Exception {
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "file,category\nx.json,insourcing\n");
        assertThat(run("evaluate", labels.toString(), dir.resolve("p.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("line 2").contains("unknown category 'insourcing'");
    }
}
