package org.tenderwatch.tracker.intake;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.embedded.EmbeddedPostgresServer;
import org.tenderwatch.embedded.FreePorts;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.tracker.testing.Fixtures;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.tracker.testing.RunningTracker;
import org.tenderwatch.tracker.testing.TrackerProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stops while a release arrives: the intake waits it out, /health turns DOWN with the reason once the
 * outage has lasted {@code tracker.intake.unhealthy-after} (1s in the tests), and when the database is back the release
 * is recorded, nothing is dead-lettered and /health is UP again. Runs on a PostgreSQL of its own, so stopping it
 * disturbs no other test.
 */
class DatabaseOutageIntegrationTest {

    private static final String TOPIC = "tracker-outage-test";

    @TempDir
    Path data;

    @Test
    void theIntakeWaitsOutADatabaseOutageAndHealthSaysSoUntilItIsOver() throws Exception {
        int port = FreePorts.next();
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data, port);
        Map<String, Object> properties = TrackerProperties.of(TOPIC);
        properties.put("datasources.default.url", postgres.createDatabase("tracker"));
        properties.put("datasources.default.connection-timeout", "1000");
        try (RunningTracker tracker = new RunningTracker(properties);
             Publisher publisher = new Publisher(TOPIC, tracker.json())) {
            MeterRegistry meters = tracker.context().getBean(MeterRegistry.class);
            NoticeClassified before = Fixtures.labelled(Fixtures.FUNERAL_TENDER);
            publisher.publish(before);
            await("first release recorded").atMost(Duration.ofSeconds(60))
                    .until(() -> tracker.db().count("select count(*) from release where release_id = ?", before.notice().releaseId()) == 1);
            await("healthy before the outage").atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(tracker.health(false).body()).isEqualTo("{\"status\":\"UP\"}"));

            postgres.close();
            NoticeClassified during = Fixtures.labelled(Fixtures.ENDOSCOPY_INSOURCING);
            publisher.publish(during);
            await("intake waiting for the database").atMost(Duration.ofSeconds(60))
                    .until(() -> meters.counter("tenderwatch.tracker.intake.database.retries").count() >= 3);
            await("health DOWN with the intake's reason").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                var health = tracker.health(true);
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("\"trackerIntake\"", "database unreachable since");
            });
            assertThat(tracker.health(false).body()).isEqualTo("{\"status\":\"DOWN\"}");

            postgres = EmbeddedPostgresServer.start(data, port);
            await("release recorded once the database is back").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> tracker.db().count("select count(*) from release where release_id = ?", during.notice().releaseId()) == 1);
            await("health UP again").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                var health = tracker.health(true);
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).doesNotContain("database unreachable");
            });
            assertThat(tracker.db().count("select count(*) from dead_letter")).isZero();
            assertThat(meters.counter("tenderwatch.tracker.notices.dead.lettered").count()).isZero();
        } finally {
            postgres.close();
        }
    }
}
