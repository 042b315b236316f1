package org.tenderwatch.classifier.classify;

import org.tenderwatch.classifier.classify.rules.Field;
import org.tenderwatch.classifier.classify.rules.Rule;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns fired rules into sentences a person can check: "title contains 'insourced': speaks of insourcing (+9 clinical_insourcing)". */
final class Reasons {

    private Reasons() {
    }

    static List<Reason> of(List<Rule> rules, Match[] fired, Category chosen) {
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < fired.length; i++) {
            if (fired[i] != null) {
                reasons.add(reason(rules.get(i), fired[i], chosen));
            }
        }
        reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.weight())));
        return reasons;
    }

    private static Reason reason(Rule rule, Match match, Category chosen) {
        double weight = rule.weight(chosen) * match.factor();
        if (weight == 0) {
            for (Map.Entry<Category, Double> entry : rule.weights().entrySet()) {
                double candidate = entry.getValue() * match.factor();
                if (Math.abs(candidate) > Math.abs(weight)) {
                    weight = candidate;
                }
            }
        }
        StringBuilder sentence = new StringBuilder();
        if (match.field() == null) {
            sentence.append("conditions met");
        } else if (match.field() == Field.CPV) {
            sentence.append("cpv ").append(match.matched());
            if (match.within() != null) {
                sentence.append(" (").append(match.within()).append(')');
            }
        } else if (match.within() != null) {
            sentence.append(match.field().label()).append(" '").append(match.within()).append("' contains '")
                    .append(match.matched()).append('\'');
        } else {
            sentence.append(match.field().label()).append(" contains '").append(match.matched()).append('\'');
        }
        sentence.append(": ").append(rule.explanation());
        List<String> effects = new ArrayList<>();
        rule.weights().forEach((category, value) -> effects.add(signed(value * match.factor()) + " " + category.label()));
        if (rule.signal() != null) {
            effects.add("signal " + rule.signal());
        }
        if (!effects.isEmpty()) {
            sentence.append(" (").append(String.join(", ", effects.stream().sorted().toList())).append(')');
        }
        return new Reason(rule.name(), match.field() == null ? "notice" : match.field().label(),
                match.within() != null && match.field() != Field.CPV ? match.within() : match.matched(),
                round(weight), sentence.toString());
    }

    private static String signed(double value) {
        double rounded = round(value);
        String number = rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
        return (value >= 0 ? "+" : "") + number;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
