package org.tenderwatch.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.Locale;

/** What a notice does, by the definitions in the labelled set's LABELS.md. */
@Serdeable
public enum Category {
    CLINICAL_INSOURCING,
    CLINICAL_OUTSOURCING,
    NONCLINICAL_OUTSOURCING,
    NOT_RELEVANT;

    /** The label as written in events, CSV files and URLs: {@code clinical_insourcing}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean relevant() {
        return this != NOT_RELEVANT;
    }

    @JsonCreator
    public static Category fromLabel(String label) {
        return Arrays.stream(values())
                .filter(category -> category.label().equalsIgnoreCase(label.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown category '" + label
                        + "', expected one of " + Arrays.stream(values()).map(Category::label).toList()));
    }
}
