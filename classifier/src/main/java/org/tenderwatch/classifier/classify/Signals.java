package org.tenderwatch.classifier.classify;

import org.tenderwatch.classifier.classify.rules.Rule;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The signals raised so far for one notice, with derived signals ("health" = any of health-buyer, psr…) kept up to date. */
final class Signals {

    private final Map<String, List<String>> derived;
    private final Set<String> raised = new LinkedHashSet<>();
    private final Set<String> derivedPresent = new LinkedHashSet<>();

    Signals(Map<String, List<String>> derived) {
        this.derived = derived;
    }

    void raise(String signal) {
        if (signal == null || !raised.add(signal)) {
            return;
        }
        derived.forEach((name, members) -> {
            if (members.contains(signal)) {
                derivedPresent.add(name);
            }
        });
    }

    boolean has(String signal) {
        return raised.contains(signal) || derivedPresent.contains(signal);
    }

    boolean allows(Rule rule) {
        for (String required : rule.requires()) {
            if (!has(required)) {
                return false;
            }
        }
        for (String excluded : rule.unless()) {
            if (has(excluded)) {
                return false;
            }
        }
        return true;
    }

    /** Raised signals only: derived ones are shorthand for conditions, not facts of their own. */
    List<String> raised() {
        return List.copyOf(raised);
    }
}
