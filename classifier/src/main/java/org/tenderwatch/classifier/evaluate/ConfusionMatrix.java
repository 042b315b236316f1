package org.tenderwatch.classifier.evaluate;

import org.tenderwatch.events.Category;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Counts of (expected, predicted) and the figures drawn from them. A release that could not be read or classified
 * counts against the recall of its label and for no prediction: a miss.
 */
public final class ConfusionMatrix {

    private static final Category[] CATEGORIES = Category.values();
    private static final List<Category> RELEVANT = Arrays.stream(CATEGORIES).filter(Category::relevant).toList();

    private final int[][] counts = new int[CATEGORIES.length][CATEGORIES.length];
    private final int[] unreadable = new int[CATEGORIES.length];

    void add(Category expected, Category predicted) {
        counts[expected.ordinal()][predicted.ordinal()]++;
    }

    void addUnreadable(Category expected) {
        unreadable[expected.ordinal()]++;
    }

    /** Adds another matrix's counts to this one: the folds of a cross-validation pooled. */
    void addAll(ConfusionMatrix other) {
        for (int e = 0; e < CATEGORIES.length; e++) {
            unreadable[e] += other.unreadable[e];
            for (int p = 0; p < CATEGORIES.length; p++) {
                counts[e][p] += other.counts[e][p];
            }
        }
    }

    public int unreadable(Category expected) {
        return unreadable[expected.ordinal()];
    }

    /** How many releases were counted, read or not. */
    public int total() {
        int total = 0;
        for (Category category : CATEGORIES) {
            total += support(category);
        }
        return total;
    }

    /** How many releases carry this label, read or not. */
    public int support(Category expected) {
        return Arrays.stream(counts[expected.ordinal()]).sum() + unreadable[expected.ordinal()];
    }

    public int count(Category expected, Category predicted) {
        return counts[expected.ordinal()][predicted.ordinal()];
    }

    public double precision(Category category) {
        int predicted = 0;
        for (Category expected : CATEGORIES) {
            predicted += count(expected, category);
        }
        return predicted == 0 ? 0 : (double) count(category, category) / predicted;
    }

    public double recall(Category category) {
        int expected = support(category);
        return expected == 0 ? 0 : (double) count(category, category) / expected;
    }

    public double f1(Category category) {
        double p = precision(category);
        double r = recall(category);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean F1 of the three relevant classes: not_relevant is the easy majority and would flatter the mean. */
    public double macroF1() {
        return RELEVANT.stream().mapToDouble(this::f1).average().orElse(0);
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-26s", "expected \\ predicted"));
        for (Category predicted : CATEGORIES) {
            out.append(String.format(Locale.ROOT, "%26s", predicted.label()));
        }
        out.append(String.format(Locale.ROOT, "%12s", "unreadable")).append('\n');
        for (Category expected : CATEGORIES) {
            out.append(String.format(Locale.ROOT, "%-26s", expected.label()));
            for (Category predicted : CATEGORIES) {
                out.append(String.format(Locale.ROOT, "%26d", count(expected, predicted)));
            }
            out.append(String.format(Locale.ROOT, "%12d", unreadable(expected))).append('\n');
        }
        out.append('\n').append(String.format(Locale.ROOT, "%-26s%10s%10s%10s%10s%n", "class", "precision", "recall", "f1", "support"));
        for (Category category : CATEGORIES) {
            out.append(String.format(Locale.ROOT, "%-26s%10.3f%10.3f%10.3f%10d%n", category.label(), precision(category),
                    recall(category), f1(category), support(category)));
        }
        out.append(String.format(Locale.ROOT, "%nmacro-F1 (clinical_insourcing, clinical_outsourcing, nonclinical_outsourcing): %.3f%n", macroF1()));
        return out.toString();
    }
}
