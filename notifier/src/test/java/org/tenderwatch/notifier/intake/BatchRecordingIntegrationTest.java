package org.tenderwatch.notifier.intake;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.Stage;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.NotifierProperties;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.testing.Topics;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poll is recorded with one multi-row statement per table. Here a procurement's tender, its award, the tender
 * again and its contract wait on the topic before the notifier starts, so that they come in the poll that joins the
 * group: the award and the contract match nobody directly, and must still be follow-ups of the tender recorded
 * earlier in the same poll; the repeated tender inserts nothing; the instant subscriber's three alerts make one
 * message (the gather window), the daily one's wait for the digest.
 */
class BatchRecordingIntegrationTest {

    @Test
    void aPollOfOneProcurementRecordsFollowUpsOfItsOwnEarlierReleasesEachOnceInOneMessage() {
        String topic = "notices.classified.batch-recording-test";
        NoticeClassified tender = Fixtures.endoscopyInsourcing();
        NoticeClassified award = Fixtures.laterRelease(tender, "batch-award", Stage.AWARD, List.of(), "Insourced endoscopy: awarded");
        NoticeClassified contract = Fixtures.laterRelease(tender, "batch-contract", Stage.CONTRACT, List.of(), "Insourced endoscopy: contract");
        Map<String, Object> properties = NotifierProperties.of(topic, 1);
        properties.put("notifier.delivery.enabled", "false");
        properties.put("notifier.threads.gather-window", "1h");
        Map<String, Object> elsewhere = new HashMap<>(properties);
        elsewhere.put("notifier.intake.topic", topic + ".unread");
        Topics.create(topic + ".unread");
        long instant;
        long daily;
        // A first notifier on the same database, reading another topic, only to subscribe and publish.
        try (RunningNotifier first = new RunningNotifier(elsewhere); Publisher publisher = new Publisher(topic, first.json())) {
            instant = first.subscribe("""
                    {"channel":"email","address":"batch-instant@example.org","confirmed":true,
                     "filter":{"specialties":["endoscopy"],"stages":["tender"]}}""");
            daily = first.subscribe("""
                    {"channel":"email","address":"batch-daily@example.org","confirmed":true,"cadence":"daily","digestHour":23,
                     "filter":{"specialties":["endoscopy"],"stages":["tender"]}}""");
            for (NoticeClassified notice : List.of(tender, award, tender, contract)) {
                publisher.publish(notice);
            }
        }
        try (RunningNotifier notifier = new RunningNotifier(properties)) {
            await("every release recorded").atMost(Duration.ofSeconds(60)).until(() ->
                    notifier.db().count("select count(*) from notice where ocid = ?", tender.ocid()) == 3);
            for (long subscription : new long[]{instant, daily}) {
                assertThat(notifier.db().strings("select release_id || ':' || kind from alert where subscription_id = ? order by id", subscription))
                        .as("alerts of subscription %d", subscription)
                        .containsExactly(tender.releaseId() + ":match", "batch-award:update", "batch-contract:update");
            }
            assertThat(notifier.db().count("select count(distinct delivery_id) from alert where subscription_id = ?", instant))
                    .as("one message for the procurement's three releases").isEqualTo(1);
            assertThat(notifier.db().count("select count(*) from alert where subscription_id = ? and delivery_id is null", instant)).isZero();
            assertThat(notifier.db().count("select count(*) from alert where subscription_id = ? and delivery_id is not null", daily))
                    .as("daily alerts wait for the digest").isZero();
            MeterRegistry meters = notifier.context().getBean(MeterRegistry.class);
            assertThat(meters.get("tenderwatch.notifier.alerts.matched").tag("kind", "match").counter().count()).isEqualTo(2.0);
            assertThat(meters.get("tenderwatch.notifier.alerts.matched").tag("kind", "update").counter().count()).isEqualTo(4.0);
        }
    }
}
