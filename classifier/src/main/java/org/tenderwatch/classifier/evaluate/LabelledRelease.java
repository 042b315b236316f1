package org.tenderwatch.classifier.evaluate;

import org.tenderwatch.events.Category;

import java.nio.file.Path;
import java.util.List;

/** One line of a labels CSV: the release file (as written, and resolved against the CSV's folder) and its label. */
record LabelledRelease(String file, Path path, Category category, List<String> specialties) {
}
