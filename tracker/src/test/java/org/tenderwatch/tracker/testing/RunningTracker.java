package org.tenderwatch.tracker.testing;

import org.tenderwatch.testing.RunningService;

import java.util.Map;

/** A whole tracker started from properties only, with the typed HTTP client every running service has. */
public final class RunningTracker extends RunningService {

    public RunningTracker(Map<String, Object> properties) {
        super(properties);
    }
}
