package org.tenderwatch.classifier.classify.rules;

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
        YamlMap specialtyMap = root.optionalMap("specialties");
        List<Specialty> specialties = specialtyMap == null ? List.of() : SpecialtyReader.read(specialtyMap);
        Rules loaded = new Rules(version, scoring, joinPrefixes, derived, rules, specialties);
        RulesValidator.validate(loaded, origin);
        return loaded;
    }
}
