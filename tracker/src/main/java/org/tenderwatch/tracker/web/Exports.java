package org.tenderwatch.tracker.web;

/** Paths that answer with data rather than a page. */
public final class Exports {

    private Exports() {
    }

    public static boolean isExport(String path) {
        return path.endsWith(".csv") || path.endsWith(".json") || path.endsWith(".atom");
    }
}
