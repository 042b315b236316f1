package org.tenderwatch.notifier.feedback;

import java.util.Locale;

/** What a subscriber can tell us about an alert. */
enum Answer {
    NOT_RELEVANT,
    WRONG_CATEGORY;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
