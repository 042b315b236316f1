package org.tenderwatch.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Where in the procurement a release stands, from its OCDS tags. */
@Serdeable
public enum Stage {
    PLANNING, TENDER, AWARD, CONTRACT, AMENDMENT, CANCELLATION, UNKNOWN;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Stage fromLabel(String label) {
        return Arrays.stream(values())
                .filter(stage -> stage.label().equalsIgnoreCase(label.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown stage '" + label + "'"));
    }

    /** The latest stage the tags speak of: a release tagged tender and award is an award. */
    public static Stage fromTags(Collection<String> tags) {
        Stage stage = UNKNOWN;
        for (String tag : tags) {
            Stage candidate = fromTag(tag);
            if (stage == UNKNOWN || (candidate != UNKNOWN && candidate.ordinal() > stage.ordinal())) {
                stage = candidate;
            }
        }
        return stage;
    }

    private static Stage fromTag(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        if (t.contains("cancel") || t.contains("termination")) {
            return CANCELLATION;
        }
        if (t.contains("amendment") || t.contains("update")) {
            return AMENDMENT;
        }
        if (t.startsWith("contract") || t.equals("implementation")) {
            return CONTRACT;
        }
        if (t.startsWith("award")) {
            return AWARD;
        }
        if (t.startsWith("tender")) {
            return TENDER;
        }
        if (t.startsWith("planning")) {
            return PLANNING;
        }
        return UNKNOWN;
    }
}
