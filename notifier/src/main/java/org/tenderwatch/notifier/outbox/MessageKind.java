package org.tenderwatch.notifier.outbox;

import java.util.Locale;

/** What a delivery carries. */
public enum MessageKind {
    /** one notice, sent as soon as it is matched */
    INSTANT,
    /** every notice matched for one subscriber over a day */
    DIGEST,
    /** the double opt-in mail with its signed link */
    CONFIRMATION,
    /** once a month, to subscribers who asked: what was checked for them, and that the service still works */
    MONTHLY;

    /** The value stored in {@code delivery.kind}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MessageKind fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
