package org.tenderwatch.classifier.evaluate;

import org.tenderwatch.events.Category;

import java.nio.file.Path;
import java.util.List;

/**
 * One line of a labels CSV: the release file (as written, and resolved against the CSV's folder) and its label.
 *
 * @param set   the folder of the labels CSV ({@code labelled}, {@code labelled-2}), which tells the sets apart
 * @param order the line's place among all the labelled releases read, so results keep the labels' order
 */
record LabelledRelease(String set, int order, String file, Path path, Category category, List<String> specialties) {

    /** The file as written in its labels CSV, prefixed by its set when several sets are evaluated together. */
    String name(boolean severalSets) {
        return severalSets ? set + "/" + file : file;
    }
}
