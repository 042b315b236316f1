package org.tenderwatch.classifier.classify;

import org.tenderwatch.classifier.classify.rules.Rule;
import org.tenderwatch.classifier.classify.rules.Scoring;
import org.tenderwatch.events.Category;

import java.util.List;

/**
 * Sums the fired rules' weights per category and picks the winner; confidence grows with the winning margin. When
 * {@code not_relevant} wins by a small margin over a relevant category and the notice has a health context, the
 * relevant category is kept as the best guess and the notice is only possibly relevant: listed, not alerted.
 */
record Decision(Category category, double[] scores, double confidence, boolean possiblyRelevant) {

    private static final Category[] ORDER = Category.values();

    static Decision decide(List<Rule> rules, RuleMatch[] fired, Scoring scoring, boolean healthContext) {
        double[] scores = new double[ORDER.length];
        scores[Category.NOT_RELEVANT.ordinal()] = scoring.threshold();
        for (int i = 0; i < fired.length; i++) {
            if (fired[i] == null) {
                continue;
            }
            for (var weight : rules.get(i).weights().entrySet()) {
                scores[weight.getKey().ordinal()] += weight.getValue() * fired[i].factor();
            }
        }
        // Ties go to not_relevant: an alert needs evidence that beats the threshold.
        Category best = Category.NOT_RELEVANT;
        for (Category category : ORDER) {
            if (scores[category.ordinal()] > scores[best.ordinal()]) {
                best = category;
            }
        }
        if (best == Category.NOT_RELEVANT && healthContext) {
            Category guess = bestRelevant(scores);
            double shortfall = scores[Category.NOT_RELEVANT.ordinal()] - scores[guess.ordinal()];
            double margin = scoring.possiblyRelevantMargin();
            if (margin > 0 && scores[guess.ordinal()] > 0 && shortfall <= margin) {
                return new Decision(guess, scores, confidence(scores, guess, scoring), true);
            }
        }
        return new Decision(best, scores, confidence(scores, best, scoring), false);
    }

    private static Category bestRelevant(double[] scores) {
        Category guess = null;
        for (Category category : ORDER) {
            if (category.relevant() && (guess == null || scores[category.ordinal()] > scores[guess.ordinal()])) {
                guess = category;
            }
        }
        return guess;
    }

    /** The logistic of the margin over the strongest other category: below one half for a possibly relevant guess. */
    private static double confidence(double[] scores, Category chosen, Scoring scoring) {
        double runnerUp = Double.NEGATIVE_INFINITY;
        for (Category category : ORDER) {
            if (category != chosen) {
                runnerUp = Math.max(runnerUp, scores[category.ordinal()]);
            }
        }
        double margin = scores[chosen.ordinal()] - runnerUp;
        return 1.0 / (1.0 + Math.exp(-scoring.confidenceSteepness() * margin));
    }
}
