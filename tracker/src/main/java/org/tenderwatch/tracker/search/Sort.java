package org.tenderwatch.tracker.search;

import java.util.Locale;

/** Newest first, largest value first, or best match first (only with words to match). */
public enum Sort {
    DATE, VALUE, RELEVANCE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
