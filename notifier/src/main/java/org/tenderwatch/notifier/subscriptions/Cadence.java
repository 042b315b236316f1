package org.tenderwatch.notifier.subscriptions;

import java.util.Arrays;
import java.util.Locale;

/** When a subscriber hears about a match: at once, in one digest a day, or in one a week (on the configured weekday). */
public enum Cadence {
    INSTANT, DAILY, WEEKLY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Cadence fromLabel(String label) {
        return Arrays.stream(values())
                .filter(cadence -> cadence.label().equalsIgnoreCase(label.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cadence '" + label + "', expected instant, daily or weekly"));
    }
}
