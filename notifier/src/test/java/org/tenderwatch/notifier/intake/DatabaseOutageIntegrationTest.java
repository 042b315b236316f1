package org.tenderwatch.notifier.intake;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.embedded.EmbeddedPostgresServer;
import org.tenderwatch.embedded.FreePorts;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.NotifierProperties;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stops while a notice arrives: the notice is neither dead-lettered nor skipped, and its alert is recorded
 * once the database is back. Runs on a PostgreSQL of its own, so stopping it disturbs no other test.
 */
class DatabaseOutageIntegrationTest {

    private static final String TOPIC = "notices.classified.outage-test";

    @TempDir
    Path data;

    @Test
    void aNoticeArrivingDuringADatabaseOutageIsRecordedWhenTheDatabaseIsBack() throws Exception {
        int port = FreePorts.next();
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data, port);
        Map<String, Object> properties = NotifierProperties.of(TOPIC, 1);
        properties.put("datasources.default.url", postgres.createDatabase("notifier"));
        properties.put("datasources.default.connection-timeout", "1000");
        properties.put("notifier.delivery.enabled", "false");
        properties.put("notifier.intake.retry-backoff", "100ms");
        properties.put("notifier.intake.retry-max-backoff", "500ms");
        try (RunningNotifier notifier = new RunningNotifier(properties);
             Publisher publisher = new Publisher(TOPIC, notifier.json())) {
            long subscription = notifier.subscribe("""
                    {"name":"Endoscopy","channel":"email","address":"outage@example.org","confirmed":true,
                     "filter":{"specialties":["endoscopy"]}}""");
            MeterRegistry meters = notifier.context().getBean(MeterRegistry.class);

            postgres.close();
            NoticeClassified notice = Fixtures.endoscopyInsourcing();
            publisher.publish(notice);
            await("intake waiting for the database").atMost(Duration.ofSeconds(60))
                    .until(() -> meters.counter("tenderwatch.notifier.intake.database.retries").count() >= 3);

            postgres = EmbeddedPostgresServer.start(data, port);
            await("alert recorded once the database is back").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> notifier.db().count("select count(*) from alert where subscription_id = ? and release_id = ?",
                            subscription, notice.notice().releaseId()) == 1);
            assertThat(notifier.db().count("select count(*) from dead_letter")).isZero();
            assertThat(meters.counter("tenderwatch.notifier.notices.dead.lettered").count()).isZero();
        } finally {
            postgres.close();
        }
    }
}
