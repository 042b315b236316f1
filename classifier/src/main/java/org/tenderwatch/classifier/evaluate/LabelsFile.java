package org.tenderwatch.classifier.evaluate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tenderwatch.events.Category;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a labels CSV ({@code file,category,specialties,notes}); file paths are relative to the CSV. */
final class LabelsFile {

    private LabelsFile() {
    }

    /** Every labelled release of these CSVs, in the order given. */
    static List<LabelledRelease> read(List<Path> csvs) throws IOException {
        List<LabelledRelease> labelled = new ArrayList<>();
        for (Path csv : csvs) {
            labelled.addAll(read(csv, labelled.size()));
        }
        return labelled;
    }

    static List<LabelledRelease> read(Path csv, int firstOrder) throws IOException {
        Path folder = csv.toAbsolutePath().getParent();
        String set = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<LabelledRelease> labelled = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : List.of("file", "category")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(csv + ": no '" + column + "' column in the header "
                            + parser.getHeaderNames());
                }
            }
            for (CSVRecord row : parser) {
                labelled.add(parse(row, set, firstOrder + labelled.size(), folder, csv));
            }
        }
        return labelled;
    }

    private static LabelledRelease parse(CSVRecord row, String set, int order, Path folder, Path csv) {
        String file = row.get("file").trim();
        Category category;
        try {
            category = Category.fromLabel(row.get("category"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(csv + " line " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
        }
        String specialties = row.isMapped("specialties") && row.isSet("specialties") ? row.get("specialties") : "";
        List<String> tags = specialties.isBlank() ? List.of()
                : Arrays.stream(specialties.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new LabelledRelease(set, order, file, folder.resolve(file), category, tags);
    }
}
