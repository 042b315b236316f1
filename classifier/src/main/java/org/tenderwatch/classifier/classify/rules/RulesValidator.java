package org.tenderwatch.classifier.classify.rules;

import org.tenderwatch.events.Vocabulary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Checks what YAML alone cannot: names unique, conditions that can be met, rules that can fire and do something. */
final class RulesValidator {

    /** Signals the engine raises itself, not through a rule. */
    static final Set<String> ENGINE_SIGNALS = Set.of("framework-establishment");

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CPV = Pattern.compile("[0-9]{1,8}");

    private RulesValidator() {
    }

    static void validate(Rules rules, String origin) {
        Set<String> names = new HashSet<>();
        Set<String> signals = new HashSet<>(ENGINE_SIGNALS);
        signals.addAll(rules.derived().keySet());
        rules.rules().stream().map(Rule::signal).filter(s -> s != null).forEach(signals::add);
        for (Rule rule : rules.rules()) {
            String where = origin + ": rule '" + rule.name() + "'";
            check(NAME.matcher(rule.name()).matches(), where + ": name must be lower-case words joined by '-'");
            check(names.add(rule.name()), where + ": name is used by another rule");
            check(!rule.weights().isEmpty() || rule.signal() != null, where + ": has neither weights nor signal, so it would do nothing");
            check(rule.phrases().isEmpty() || !rule.fields().isEmpty(), where + ": has phrases but no 'fields' to look in");
            check(!rule.fields().contains(Field.CPV) && !rule.fields().contains(Field.CATEGORY),
                    where + ": fields cpv and category are matched with 'cpv' and 'procurement-category', not phrases");
            check(!rule.structural() || rule.conditional(), where + ": has no phrases, cpv or procurement-category, so it needs 'requires' or 'unless'");
            cpv(rule.cpvPrefixes(), where + ".cpv");
            cpv(rule.cpvExcluded(), where + ".cpv-except");
            check(rule.signal() == null || NAME.matcher(rule.signal()).matches(), where + ".signal: must be lower-case words joined by '-'");
            check(rule.signal() == null || Vocabulary.isSignal(rule.signal()), where + ".signal: '" + rule.signal()
                    + "' is not in the shared vocabulary (events Vocabulary), so no subscriber could choose it; add it there first");
            for (String condition : concat(rule.requires(), rule.unless())) {
                check(signals.contains(condition), where + ": condition '" + condition
                        + "' is not a signal any rule raises nor a derived signal");
            }
        }
        for (var derived : rules.derived().entrySet()) {
            for (String member : derived.getValue()) {
                check(signals.contains(member), origin + ": derived signal '" + derived.getKey() + "' lists '" + member
                        + "', which no rule raises");
            }
        }
        Set<String> specialtyNames = new HashSet<>();
        for (Specialty specialty : rules.specialties()) {
            String where = origin + ": specialty '" + specialty.name() + "'";
            check(specialtyNames.add(specialty.name()), where + ": listed twice");
            check(Vocabulary.isSpecialty(specialty.name()), where + ": not in the shared vocabulary (events Vocabulary),"
                    + " so no subscriber could choose it; add it there first");
            check(!specialty.phrases().isEmpty() || !specialty.cpvPrefixes().isEmpty(), where + ": has no phrases and no cpv");
            cpv(specialty.cpvPrefixes(), where + ".cpv");
        }
    }

    private static void cpv(List<String> prefixes, String where) {
        for (String prefix : prefixes) {
            check(CPV.matcher(prefix).matches(), where + ": '" + prefix + "' is not a CPV code prefix (1 to 8 digits)");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new RulesException(message);
        }
    }
}
