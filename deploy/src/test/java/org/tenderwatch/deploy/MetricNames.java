package org.tenderwatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names the dashboard and the alert rules query, and the names a service's code registers. */
final class MetricNames {

    /** Metric families we query; PromQL functions and label names never start like these. */
    private static final Pattern QUERIED = Pattern.compile("\\b((?:tenderwatch|kafka|jvm|http|process|executor|hikaricp)_[a-z0-9_]+|up)\\b(?![(\"])");
    private static final Pattern REGISTERED = Pattern.compile("\"(tenderwatch\\.[a-z0-9.]+)\"");
    private static final List<String> SAMPLE_SUFFIXES = List.of("_total", "_count", "_sum", "_max", "_bucket");
    private static final List<String> UNIT_SUFFIXES = List.of("_seconds", "_bytes", "_records");

    private MetricNames() {
    }

    static Set<String> inDashboard() {
        try {
            JsonNode dashboard = new ObjectMapper().readTree(Repo.deploy("grafana/dashboards/tender-watch.json").toFile());
            Set<String> names = new TreeSet<>();
            dashboard.findValues("expr").forEach(expr -> names.addAll(queried(expr.asText())));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> inAlertRules() {
        Set<String> names = new TreeSet<>();
        List<Map<String, Object>> groups = Repo.at(Repo.yaml(Repo.deploy("prometheus/alerts.yml")), "groups");
        for (Map<String, Object> group : groups) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                names.addAll(queried(String.valueOf(rule.get("expr"))));
            }
        }
        return names;
    }

    static Set<String> queried(String promql) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = QUERIED.matcher(promql);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Micrometer names registered in a service's code, in their Prometheus spelling without suffixes. */
    static Set<String> registeredIn(String service) {
        Set<String> names = new TreeSet<>();
        for (var file : Repo.filesUnder(Repo.root().resolve(service + "/src/main/java"), ".java")) {
            Matcher matcher = REGISTERED.matcher(Repo.read(file));
            while (matcher.find()) {
                names.add(matcher.group(1).replace('.', '_'));
            }
        }
        return names;
    }

    /** The sample names in a /prometheus answer. */
    static Set<String> exposed(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }

    /** True when {@code name} is a registered meter plus the suffixes the Prometheus registry adds. */
    static boolean isSampleOf(String name, Set<String> registered) {
        for (String base : List.of(name, strip(name, SAMPLE_SUFFIXES))) {
            if (registered.contains(base) || registered.contains(strip(base, UNIT_SUFFIXES))) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String name, List<String> suffixes) {
        return suffixes.stream().filter(name::endsWith).findFirst()
                .map(suffix -> name.substring(0, name.length() - suffix.length())).orElse(name);
    }
}
