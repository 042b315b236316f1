package org.tenderwatch.notifier.feedback;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The answers in the format of the labelled data ({@code file,category,specialties,notes}, see the shared data's
 * LABELS.md): {@code file} names the release as the labelled set stores it, {@code category} is what subscribers
 * chose, {@code notes} says who said it and what the classifier had said, for the person who reviews it.
 */
final class LabelsCsv {

    static final String HEADER = "file,category,specialties,notes\r\n";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private LabelsCsv() {
    }

    static String lines(List<LabelRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (LabelRow row : rows) {
                printer.printRecord(file(row), row.chosenCategory(), "", notes(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String file(LabelRow row) {
        return "releases/" + safe(row.source().isBlank() ? "unknown" : row.source()) + "/" + safe(row.ocid()) + "__"
                + safe(row.releaseId()) + ".json";
    }

    private static String notes(LabelRow row) {
        return "subscriber feedback: " + row.answers() + (row.answers() == 1 ? " answer" : " answers") + "; classifier said "
                + row.givenCategories() + " (rules " + row.rulesVersions() + ")";
    }

    /** A path segment: identifiers come from published notices, so nothing in them may climb out of the folder. */
    private static String safe(String segment) {
        return segment.replaceAll("[^A-Za-z0-9._-]", "_").replace("..", "__");
    }
}
