package org.tenderwatch.tracker.search;

import java.util.Locale;

/** Which procurements a search looks at: the relevant ones (default), also the possibly relevant, or all. */
public enum Show {
    RELEVANT, POSSIBLY, ALL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
