package org.tenderwatch.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a release tells of its procurement's life, in the words people use: the Procurement Act 2023 makes each step
 * a notice of its own (UK1–UK16), and the Provider Selection Regime adds its intention to award. Named from the
 * notice type where there is one, otherwise from the release's tags and text; see the fetcher README for the table.
 */
@Serdeable
public enum Lifecycle {
    PLANNED("Planned"),
    TENDERED("Tender opened"),
    DIRECT_AWARD_INTENDED("Direct award intended"),
    PROVIDER_SELECTED("Provider selected"),
    CONTRACT_SIGNED("Contract signed"),
    CHANGED("Changed"),
    ENDED("Ended"),
    ENDED_EARLY("Ended early"),
    CANCELLED("Cancelled");

    private final String plainWords;

    Lifecycle(String plainWords) {
        this.plainWords = plainWords;
    }

    /** How a person would say it, e.g. in a subject line: "Provider selected". */
    public String plainWords() {
        return plainWords;
    }

    /** The label as written in events and URLs: {@code provider_selected}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Lifecycle fromLabel(String label) {
        return Arrays.stream(values())
                .filter(event -> event.label().equalsIgnoreCase(label.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown lifecycle event '" + label
                        + "', expected one of " + Arrays.stream(values()).map(Lifecycle::label).toList()));
    }
}
