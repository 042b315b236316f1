package org.tenderwatch.classifier.classify;

import org.tenderwatch.classifier.classify.rules.Rule;
import org.tenderwatch.classifier.classify.rules.Scoring;
import org.tenderwatch.events.Category;

import java.util.List;

/** Sums the fired rules' weights per category and picks the winner; confidence grows with the winning margin. */
record Decision(Category category, double[] scores, double confidence) {

    private static final Category[] ORDER = Category.values();

    static Decision decide(List<Rule> rules, Match[] fired, Scoring scoring) {
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
        double runnerUp = Double.NEGATIVE_INFINITY;
        for (Category category : ORDER) {
            if (category != best) {
                runnerUp = Math.max(runnerUp, scores[category.ordinal()]);
            }
        }
        double margin = scores[best.ordinal()] - runnerUp;
        double confidence = 1.0 / (1.0 + Math.exp(-scoring.confidenceSteepness() * margin));
        return new Decision(best, scores, confidence);
    }
}
