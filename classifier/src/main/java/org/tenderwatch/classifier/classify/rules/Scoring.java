package org.tenderwatch.classifier.classify.rules;

import java.util.Map;

/**
 * How rule weights become a decision.
 *
 * @param threshold            the score {@code not_relevant} starts with: a relevant category must beat it
 * @param fieldFactors         a phrase found in the title counts more than one deep in the description
 * @param additionalCpvFactor  an additional CPV code counts less than the main one
 * @param confidenceSteepness  confidence is the logistic of (winning score - runner-up) times this
 * @param possiblyRelevantMargin a notice with a health context whose best relevant score falls short of
 *                             {@code not_relevant}'s by at most this is published as possibly relevant
 */
public record Scoring(double threshold, Map<Field, Double> fieldFactors, double additionalCpvFactor,
                      double confidenceSteepness, double possiblyRelevantMargin) {

    public double factor(Field field) {
        return fieldFactors.getOrDefault(field, 1.0);
    }
}
