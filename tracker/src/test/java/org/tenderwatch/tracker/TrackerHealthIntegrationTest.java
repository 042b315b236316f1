package org.tenderwatch.tracker;

import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.testing.HealthContract;
import org.tenderwatch.testing.RunningService;
import org.tenderwatch.tracker.testing.RunningTracker;
import org.tenderwatch.tracker.testing.TrackerProperties;
import org.tenderwatch.tracker.testing.TrackerTest;

import java.util.List;
import java.util.Map;

/** The tracker keeps the health contract every service keeps; its own dependency is its database. */
@TrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackerHealthIntegrationTest extends HealthContract {

    private final RunningTracker tracker;

    TrackerHealthIntegrationTest(RunningTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    protected RunningService service() {
        return tracker;
    }

    @Override
    protected String name() {
        return "tracker";
    }

    @Override
    protected List<String> components() {
        return List.of("kafka", "jdbc");
    }

    @Override
    protected Dependency dependency() {
        return Dependency.DATABASE;
    }

    @Override
    protected List<String> downReason() {
        return List.of("\"jdbc\":{", "\"error\"");
    }

    @Override
    protected Map<String, Object> freshProperties() {
        return TrackerProperties.of("notices.classified.tracker-health-outage");
    }
}
