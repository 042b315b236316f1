package org.tenderwatch.classifier.classify;

import org.tenderwatch.classifier.classify.rules.Field;
import org.tenderwatch.classifier.classify.rules.Rule;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns fired rules into lines a person reads: one line per piece of evidence (several rules that fired on the
 * same words make one line), what it means in plain words first, then where it was found, then what it weighed:
 * "speaks of insourced services; insourcing of a clinical service: the title says 'insourced' (clinical insourcing
 * +10.5)".
 */
final class Reasons {

    private Reasons() {
    }

    static List<Reason> of(List<Rule> rules, RuleMatch[] fired, Category chosen) {
        Map<String, Evidence> byEvidence = new LinkedHashMap<>();
        for (int i = 0; i < fired.length; i++) {
            if (fired[i] != null) {
                RuleMatch match = fired[i];
                byEvidence.computeIfAbsent(key(rules.get(i), match), k -> new Evidence(match)).add(rules.get(i));
            }
        }
        List<Evidence> lines = new ArrayList<>(byEvidence.values());
        lines.forEach(line -> line.rules.sort(Comparator.comparingDouble((Rule r) -> -Math.abs(r.weight(chosen)))));
        return lines.stream().map(line -> line.reason(chosen))
                .sorted(Comparator.comparingDouble((Reason r) -> -Math.abs(r.weight()))).toList();
    }

    /** One organisation is one piece of evidence whatever words of its name matched; a text, the words that matched. */
    private static String key(Rule rule, RuleMatch match) {
        if (match.field() == null) {
            return "rule " + rule.name();
        }
        boolean organisation = match.within() != null && match.field() != Field.CPV;
        return match.field().label() + '\u0000' + (organisation ? match.within() : match.matched());
    }

    /** The rules that fired on one match: the same words in the same field, or the same code. */
    private static final class Evidence {

        private final RuleMatch match;
        private final List<Rule> rules = new ArrayList<>();

        Evidence(RuleMatch match) {
            this.match = match;
        }

        void add(Rule rule) {
            rules.add(rule);
        }

        Reason reason(Category chosen) {
            Map<Category, Double> effects = new EnumMap<>(Category.class);
            for (Rule rule : rules) {
                rule.weights().forEach((category, value) -> effects.merge(category, value * match.factor(), Double::sum));
            }
            double weight = effects.getOrDefault(chosen, 0.0);
            if (weight == 0) {
                for (double candidate : effects.values()) {
                    weight = Math.abs(candidate) > Math.abs(weight) ? candidate : weight;
                }
            }
            StringBuilder line = new StringBuilder(String.join("; ", rules.stream().map(Rule::explanation).toList()));
            String where = where();
            if (where != null) {
                line.append(": ").append(where);
            }
            List<String> weights = effects.entrySet().stream().filter(e -> round(e.getValue()) != 0)
                    .sorted(Comparator.comparingDouble((Map.Entry<Category, Double> e) -> -Math.abs(e.getValue())))
                    .map(e -> plain(e.getKey()) + " " + signed(e.getValue())).toList();
            if (!weights.isEmpty()) {
                line.append(" (").append(String.join(", ", weights)).append(')');
            }
            String names = String.join(", ", rules.stream().map(Rule::name).toList());
            return new Reason(names, match.field() == null ? "notice" : match.field().label(),
                    match.within() != null && match.field() != Field.CPV ? match.within() : match.matched(),
                    round(weight), line.toString());
        }

        /** Where the evidence was found, in words; null for a rule that fired on its conditions alone. */
        private String where() {
            if (match.field() == null) {
                return null;
            }
            return switch (match.field()) {
                case CPV -> "CPV " + match.matched() + (match.within() == null ? "" : " (" + match.within() + ")");
                case CATEGORY -> "the notice is classed as " + match.matched();
                case BUYER -> "buyer " + quoted(match.within(), match.matched());
                case SUPPLIER -> "winner " + quoted(match.within(), match.matched());
                case PARTY -> "party " + quoted(match.within(), match.matched());
                case PROCEDURE -> "the procedure says '" + match.matched() + "'";
                default -> "the " + match.field().label() + " says '" + match.matched() + "'";
            };
        }

        private static String quoted(String organisation, String matched) {
            return organisation == null ? "'" + matched + "'" : "'" + organisation + "'";
        }
    }

    private static String plain(Category category) {
        return category.label().replace('_', ' ').replace("nonclinical", "non-clinical");
    }

    private static String signed(double value) {
        double rounded = round(value);
        String number = rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%s", rounded);
        return (value >= 0 ? "+" : "") + number;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
