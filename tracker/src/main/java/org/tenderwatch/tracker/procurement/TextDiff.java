package org.tenderwatch.tracker.procurement;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What changed in a text between two releases, word by word, as segments kept, removed and added. Long unchanged
 * stretches are shortened to their ends; very long texts are compared only by whether they changed.
 */
final class TextDiff {

    enum Kind { SAME, REMOVED, ADDED }

    record Segment(Kind kind, String text) {
    }

    private static final int MAX_WORDS = 5_000;
    private static final int CONTEXT = 12;

    private TextDiff() {
    }

    /** The segments, or an empty list when the texts are equal or too long to compare word by word. */
    static List<Segment> of(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        if (a.equals(b) || a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            return List.of();
        }
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            same(segments, a.subList(position, delta.getSource().getPosition()), position == 0, false);
            if (!delta.getSource().getLines().isEmpty()) {
                segments.add(new Segment(Kind.REMOVED, String.join(" ", delta.getSource().getLines())));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                segments.add(new Segment(Kind.ADDED, String.join(" ", delta.getTarget().getLines())));
            }
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        same(segments, a.subList(position, a.size()), false, true);
        return segments;
    }

    private static void same(List<Segment> segments, List<String> words, boolean atStart, boolean atEnd) {
        if (words.isEmpty()) {
            return;
        }
        if (words.size() <= 2 * CONTEXT) {
            segments.add(new Segment(Kind.SAME, String.join(" ", words)));
            return;
        }
        String head = atStart ? "" : String.join(" ", words.subList(0, CONTEXT));
        String tail = atEnd ? "" : String.join(" ", words.subList(words.size() - CONTEXT, words.size()));
        segments.add(new Segment(Kind.SAME, (head + " … " + tail).trim()));
    }

    static boolean tooLongToCompare(String before, String after) {
        return words(before).size() > MAX_WORDS || words(after).size() > MAX_WORDS;
    }

    private static List<String> words(String text) {
        String t = text == null ? "" : text.trim();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }
}
