package org.tenderwatch.classifier.classify.rules;

import java.util.Arrays;
import java.util.Locale;

/** Where in a notice a rule looks. */
public enum Field {
    TITLE, DESCRIPTION, BUYER, SUPPLIER, PARTY, PROCEDURE, CPV, CATEGORY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Field fromLabel(String label) {
        return Arrays.stream(values())
                .filter(field -> field.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown field '" + label + "', expected one of "
                        + Arrays.stream(values()).map(Field::label).toList()));
    }
}
