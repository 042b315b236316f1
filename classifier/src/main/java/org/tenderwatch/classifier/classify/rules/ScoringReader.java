package org.tenderwatch.classifier.classify.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Reads the {@code scoring:} block. */
final class ScoringReader {

    private ScoringReader() {
    }

    static Scoring read(YamlMap map) {
        map.onlyKeys(Set.of("threshold", "field-factors", "additional-cpv-factor", "confidence-steepness",
                "possibly-relevant-margin"));
        Map<Field, Double> factors = new EnumMap<>(Field.class);
        YamlMap factorMap = map.optionalMap("field-factors");
        if (factorMap != null) {
            for (String key : factorMap.keys()) {
                try {
                    factors.put(Field.fromLabel(key), factorMap.number(key, 1.0));
                } catch (IllegalArgumentException e) {
                    throw new RulesException(factorMap.path() + ": " + e.getMessage(), e);
                }
            }
        }
        double threshold = map.number("threshold", Double.NaN);
        if (Double.isNaN(threshold)) {
            throw new RulesException(map.path() + ": 'threshold' is required");
        }
        return new Scoring(threshold, Map.copyOf(factors), map.number("additional-cpv-factor", 0.5),
                map.number("confidence-steepness", 0.5), map.number("possibly-relevant-margin", 0));
    }
}
