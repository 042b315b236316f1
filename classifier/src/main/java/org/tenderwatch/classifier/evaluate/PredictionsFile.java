package org.tenderwatch.classifier.evaluate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes {@code file,category,specialties,confidence}, one line per labelled release, in the labels' order. */
final class PredictionsFile {

    private PredictionsFile() {
    }

    static void write(Path csv, List<Prediction> predictions) throws IOException {
        Path parent = csv.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("file", "category", "specialties", "confidence")
                .setRecordSeparator('\n').get();
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (Prediction prediction : predictions) {
                var classified = prediction.classified();
                printer.printRecord(prediction.labelled().file(), classified.category().label(),
                        String.join(";", classified.specialties()),
                        String.format(Locale.ROOT, "%.3f", classified.confidence()));
            }
        }
    }
}
