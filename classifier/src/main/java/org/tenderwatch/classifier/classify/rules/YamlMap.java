package org.tenderwatch.classifier.classify.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A YAML mapping with the path that leads to it, so that every error can say where it is. */
record YamlMap(Map<?, ?> values, String path) {

    static YamlMap of(Object node, String path) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new RulesException(path + ": expected a mapping, found " + describe(node));
        }
        return new YamlMap(map, path);
    }

    List<String> keys() {
        return values.keySet().stream().map(String::valueOf).toList();
    }

    void onlyKeys(Set<String> allowed) {
        for (String key : keys()) {
            if (!allowed.contains(key)) {
                throw new RulesException(path + ": unknown key '" + key + "', expected one of " + new TreeSet<>(allowed));
            }
        }
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    String requiredString(String key) {
        Object value = values.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new RulesException(path + ": '" + key + "' is required");
        }
        if (value instanceof Map || value instanceof List) {
            throw new RulesException(path + "." + key + ": expected text, found " + describe(value));
        }
        return String.valueOf(value).trim();
    }

    String optionalString(String key) {
        return has(key) ? requiredString(key) : null;
    }

    double number(String key, double fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number)) {
            throw new RulesException(path + "." + key + ": expected a number, found " + describe(value));
        }
        return number.doubleValue();
    }

    YamlMap map(String key) {
        return of(values.get(key), path + "." + key);
    }

    YamlMap optionalMap(String key) {
        return has(key) ? map(key) : null;
    }

    List<YamlMap> maps(String key) {
        Object value = values.get(key);
        if (!(value instanceof List<?> list)) {
            throw new RulesException(path + "." + key + ": expected a list, found " + describe(value));
        }
        List<YamlMap> maps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            maps.add(of(list.get(i), path + "." + key + "[" + i + "]"));
        }
        return maps;
    }

    /** A list of texts; absent means empty. Numbers are accepted as text because CPV codes look like numbers. */
    List<String> strings(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new RulesException(path + "." + key + ": expected a list, found " + describe(value));
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (item == null || item instanceof Map || item instanceof List || String.valueOf(item).isBlank()) {
                throw new RulesException(path + "." + key + ": every entry must be non-empty text, found " + describe(item));
            }
            strings.add(String.valueOf(item).trim());
        }
        return strings;
    }

    private static String describe(Object node) {
        return node == null ? "nothing" : node instanceof Map ? "a mapping" : node instanceof List ? "a list" : "'" + node + "'";
    }
}
