package org.tenderwatch.notifier.subscriptions;

import java.util.Locale;

/** How a subscriber is reached. */
public enum ChannelType {
    EMAIL, SLACK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChannelType fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
