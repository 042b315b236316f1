package org.tenderwatch.classifier.classify.rules;

import org.tenderwatch.events.Category;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rules file (YAML) and validates it whole: any mistake stops start-up with a message naming the file,
 * the rule and the field, because a silently ignored rule is worse than a service that does not start.
 */
public final class RulesLoader {

    /** The rules shipped with the service. */
    public static final String BUNDLED = "rules/rules.yml";

    private static final Set<String> TOP_KEYS = Set.of("version", "scoring", "join-prefixes", "derived-signals",
            "rules", "specialties");

    private RulesLoader() {
    }

    /** The file at {@code path} when given, else the bundled rules. */
    public static Rules load(String path) {
        if (path == null || path.isBlank()) {
            return bundled();
        }
        Path file = Path.of(path);
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new RulesException("cannot read rules file " + file + ": " + e.getMessage(), e);
        }
    }

    public static Rules bundled() {
        try (InputStream in = RulesLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new RulesException("bundled rules file " + BUNDLED + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Rules parse(String yaml, String origin) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new RulesException(origin + ": not valid YAML: " + e.getMessage(), e);
        }
        YamlMap root = YamlMap.of(document, origin);
        root.onlyKeys(TOP_KEYS);
        String version = root.requiredString("version");
        Scoring scoring = ScoringReader.read(root.map("scoring"));
        List<String> joinPrefixes = root.strings("join-prefixes");
        Map<String, List<String>> derived = new LinkedHashMap<>();
        YamlMap derivedMap = root.optionalMap("derived-signals");
        if (derivedMap != null) {
            for (String name : derivedMap.keys()) {
                derived.put(name, derivedMap.strings(name));
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (YamlMap ruleMap : root.maps("rules")) {
            rules.add(RuleReader.read(ruleMap));
        }
        List<Specialty> specialties = new ArrayList<>();
        YamlMap specialtyMap = root.optionalMap("specialties");
        if (specialtyMap != null) {
            for (String name : specialtyMap.keys()) {
                YamlMap entry = specialtyMap.map(name);
                entry.onlyKeys(Set.of("phrases", "cpv", "categories"));
                specialties.add(new Specialty(name, entry.strings("phrases"), entry.strings("cpv"),
                        categories(entry)));
            }
        }
        Rules loaded = new Rules(version, scoring, joinPrefixes, derived, rules, specialties);
        RulesValidator.validate(loaded, origin);
        return loaded;
    }

    private static Set<Category> categories(YamlMap entry) {
        if (!entry.has("categories")) {
            return Set.of(Category.CLINICAL_INSOURCING, Category.CLINICAL_OUTSOURCING);
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String label : entry.strings("categories")) {
            try {
                categories.add(Category.fromLabel(label));
            } catch (IllegalArgumentException e) {
                throw new RulesException(entry.path() + ".categories: " + e.getMessage(), e);
            }
        }
        return Set.copyOf(categories);
    }
}
