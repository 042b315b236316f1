package org.tenderwatch.tracker;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.tracker.testing.RunningTracker;
import org.tenderwatch.tracker.testing.TrackerProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Anyone sees UP or DOWN; an operator with the monitoring token (application-test.yml) sees details and metrics. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackerHealthIntegrationTest {

    private RunningTracker tracker;

    @BeforeAll
    void start() {
        tracker = new RunningTracker(TrackerProperties.of("notices.classified.v1.tracker-health-test"));
    }

    @AfterAll
    void stop() {
        if (tracker != null) {
            tracker.close();
        }
    }

    @Test
    void anonymousCallersSeeOnlyTheStatus() {
        await().untilAsserted(() -> assertThat(tracker.health(false).body()).isEqualTo("{\"status\":\"UP\"}"));
        assertThat(tracker.get("/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(tracker.get("/prometheus").statusCode()).isEqualTo(401);
        assertThat(tracker.get("/prometheus").body()).doesNotContain("jvm_");
    }

    @Test
    void operatorsSeeEachDependencyAndTheMetrics() {
        assertThat(tracker.health(true).body()).contains("\"name\":\"tracker\"", "\"details\"", "\"jdbc\"");
        assertThat(tracker.metrics().statusCode()).isEqualTo(200);
        assertThat(tracker.metrics().body()).contains("jvm_memory_used_bytes");
    }
}
