package org.tenderwatch.notifier.mute;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a mute is about. */
public enum MuteKind {
    BUYER("buyer"),
    SUPPLIER("supplier"),
    PROCUREMENT("procurement");

    private final String words;

    MuteKind(String words) {
        this.words = words;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    String words() {
        return words;
    }

    static Optional<MuteKind> fromLabel(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label().equals(label)).findFirst();
    }

    /** What matching compares: names as people and notices write them differ in case and spacing only. */
    String key(String value) {
        String trimmed = value.trim();
        return this == PROCUREMENT ? trimmed : trimmed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
