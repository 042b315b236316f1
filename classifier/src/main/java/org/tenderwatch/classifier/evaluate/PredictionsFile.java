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
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code file,category,specialties,confidence}, one line per labelled release, in the labels' order; a
 * release that could not be classified has an empty category.
 */
final class PredictionsFile {

    private PredictionsFile() {
    }

    static void write(Path csv, Evaluation evaluation) throws IOException {
        Path parent = csv.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("file", "category", "specialties", "confidence")
                .setRecordSeparator('\n').get();
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            Map<Integer, List<String>> rows = new TreeMap<>();
            for (Prediction prediction : evaluation.predictions()) {
                var classified = prediction.classified();
                rows.put(prediction.labelled().order(), List.of(evaluation.name(prediction.labelled()),
                        classified.category().label(), String.join(";", classified.specialties()),
                        String.format(Locale.ROOT, "%.3f", classified.confidence())));
            }
            for (Unreadable unreadable : evaluation.unreadable()) {
                rows.put(unreadable.labelled().order(), List.of(evaluation.name(unreadable.labelled()), "", "", ""));
            }
            for (List<String> row : rows.values()) {
                printer.printRecord(row);
            }
        }
    }
}
