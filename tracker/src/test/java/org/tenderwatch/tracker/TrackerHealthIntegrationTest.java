package org.tenderwatch.tracker;

import org.tenderwatch.testing.HealthContract;
import org.tenderwatch.tracker.testing.RunningTracker;
import org.tenderwatch.tracker.testing.TrackerProperties;
import org.tenderwatch.tracker.testing.TrackerTest;

/** The tracker keeps the health contract every service keeps; its own dependency is its database. */
@TrackerTest
class TrackerHealthIntegrationTest extends HealthContract {

    TrackerHealthIntegrationTest(RunningTracker tracker) {
        super(tracker, "tracker", Dependency.DATABASE, () -> TrackerProperties.of("notices.classified.tracker-health-outage"));
    }
}
