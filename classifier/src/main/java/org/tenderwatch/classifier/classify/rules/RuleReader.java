package org.tenderwatch.classifier.classify.rules;

import org.tenderwatch.events.Category;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Reads one entry of {@code rules:}. */
final class RuleReader {

    private static final Set<String> KEYS = Set.of("name", "explanation", "fields", "phrases", "cpv", "cpv-except",
            "procurement-category", "weights", "signal", "requires", "unless");

    private RuleReader() {
    }

    static Rule read(YamlMap map) {
        String name = map.requiredString("name");
        YamlMap named = new YamlMap(map.values(), map.path() + " (rule '" + name + "')");
        named.onlyKeys(KEYS);
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (String label : named.strings("fields")) {
            try {
                fields.add(Field.fromLabel(label));
            } catch (IllegalArgumentException e) {
                throw new RulesException(named.path() + ".fields: " + e.getMessage(), e);
            }
        }
        Map<Category, Double> weights = new EnumMap<>(Category.class);
        YamlMap weightMap = named.optionalMap("weights");
        if (weightMap != null) {
            for (String key : weightMap.keys()) {
                try {
                    weights.put(Category.fromLabel(key), weightMap.number(key, 0));
                } catch (IllegalArgumentException e) {
                    throw new RulesException(weightMap.path() + ": " + e.getMessage(), e);
                }
            }
        }
        return new Rule(name, named.requiredString("explanation"), Set.copyOf(fields), named.strings("phrases"),
                named.strings("cpv"), named.strings("cpv-except"), named.strings("procurement-category"),
                Map.copyOf(weights), named.optionalString("signal"), named.strings("requires"), named.strings("unless"));
    }
}
