package org.tenderwatch.tracker;

import io.micronaut.runtime.Micronaut;

/** Starts the tracker service. */
public final class TrackerApplication {

    private TrackerApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(TrackerApplication.class, args);
    }
}
