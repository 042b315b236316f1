package org.tenderwatch.classifier.classify.rules;

import org.tenderwatch.events.Category;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rule of the rules file. It fires when one of its phrases occurs in one of its fields, when a CPV code starts
 * with one of its prefixes (and none of its exclusions), or when the main procurement category is one of its
 * categories; a rule with none of these fires on its conditions alone. It then adds its weights to the categories'
 * scores and raises its signal. Conditions: every signal in {@code requires} present, none in {@code unless}.
 */
public record Rule(
        String name,
        String explanation,
        Set<Field> fields,
        List<String> phrases,
        List<String> cpvPrefixes,
        List<String> cpvExcluded,
        List<String> procurementCategories,
        Map<Category, Double> weights,
        String signal,
        List<String> requires,
        List<String> unless) {

    public boolean structural() {
        return phrases.isEmpty() && cpvPrefixes.isEmpty() && procurementCategories.isEmpty();
    }

    public boolean conditional() {
        return !requires.isEmpty() || !unless.isEmpty();
    }

    public double weight(Category category) {
        return weights.getOrDefault(category, 0.0);
    }
}
