package org.tenderwatch.notifier.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.events.Money;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.Organisation;
import org.tenderwatch.events.Stage;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real Kafka and PostgreSQL; delivery off, so that the outbox can be inspected as the intake left it. */
// No polling here: a subscription made through this instance must reach the matcher by its change event alone.
@NotifierTest(topic = "notices.classified.intake-test", properties = {"notifier.delivery.enabled=false",
        "notifier.intake.dead-letter-topic=notices.classified.intake-test.dlq", "notifier.matching.refresh-interval=1h"})
class IntakeIntegrationTest {

    private static final String TOPIC = "notices.classified.intake-test";
    private static final String DEAD_LETTER_TOPIC = TOPIC + ".dlq";
    private final RunningNotifier notifier;
    private final Publisher publisher;

    IntakeIntegrationTest(RunningNotifier notifier, Publisher publisher) {
        this.notifier = notifier;
        this.publisher = publisher;
    }

    @Test
    void recordsOneAlertPerSubscriptionAndReleaseHoweverOftenTheNoticeArrives() {
        long endoscopy = notifier.subscribe("""
                {"name":"Endoscopy","channel":"email","address":"endoscopy@example.org","confirmed":true,
                 "filter":{"specialties":["endoscopy"]}}""");
        long imaging = notifier.subscribe("""
                {"name":"Imaging","channel":"email","address":"imaging@example.org","confirmed":true,
                 "filter":{"specialties":["imaging"]}}""");
        NoticeClassified notice = Fixtures.endoscopyInsourcing();
        for (int i = 0; i < 3; i++) {
            publisher.publish(notice);
        }
        publisher.publish(Fixtures.giPhysiologyAward());

        String releaseId = notice.notice().releaseId();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                notifier.db().count("select count(*) from notice where release_id = ?", Fixtures.giPhysiologyAward().notice().releaseId()) == 1);
        assertThat(notifier.db().count("select count(*) from alert where subscription_id = ? and release_id = ?", endoscopy, releaseId)).isEqualTo(1);
        assertThat(notifier.db().count("select count(*) from alert where subscription_id = ?", imaging)).isZero();
        assertThat(notifier.db().count("select count(*) from delivery d join alert a on a.delivery_id = d.id where a.subscription_id = ?"
                + " and d.kind = 'instant' and d.state = 'pending'", endoscopy)).isEqualTo(1);
        assertThat(notifier.db().strings("select jsonb_exists(payload->'notice', 'release')::text || ':' || (payload->'notice'->>'title')"
                + " from notice where release_id = ?", releaseId))
                .as("the published release is not stored; what messages show is")
                .containsExactly("false:" + notice.notice().title());
    }

    @Test
    void unconfirmedSubscriptionsMatchNothing() {
        long pending = notifier.subscribe("""
                {"name":"Unconfirmed","channel":"email","address":"pending@example.org","filter":{"keywords":["Gastrointestinal"]}}""");
        publisher.publish(Fixtures.titled(Fixtures.giPhysiologyAward(), "unconfirmed-1", "Gastrointestinal Physiology Insourcing"));
        await().atMost(Duration.ofSeconds(30)).until(() -> notifier.db().count("select count(*) from notice where release_id = 'unconfirmed-1'") == 1);
        assertThat(notifier.db().count("select count(*) from alert where subscription_id = ?", pending)).isZero();
        assertThat(notifier.db().strings("select kind from delivery where subscription_id = ?", pending)).containsExactly("confirmation");
    }

    @Test
    void laterReleaseOfAnAlertedProcurementBecomesAnUpdateEvenWhenItAloneWouldNotMatch() {
        long ophthalmology = notifier.subscribe("""
                {"name":"Follow YSTH","channel":"email","address":"follow@example.org","confirmed":true,
                 "filter":{"keywords":["Insourced Endoscopy"]}}""");
        NoticeClassified tender = Fixtures.titled(Fixtures.endoscopyInsourcing(), "follow-1", "Provision of Insourced Endoscopy Services YSTH");
        NoticeClassified award = Fixtures.laterRelease(tender, "follow-2", Stage.AWARD, List.of(new Award("1", "active", null,
                        new Money(new BigDecimal("1250000"), "GBP"),
                        List.of(new Organisation(null, "Example Endoscopy Ltd", null, null, List.of("supplier"))))),
                "Contract award notice");
        publisher.publish(tender);
        publisher.publish(award);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                notifier.db().count("select count(*) from alert where subscription_id = ?", ophthalmology) == 2);
        assertThat(notifier.db().strings("select kind || ':' || release_id from alert where subscription_id = ? order by id", ophthalmology))
                .containsExactly("match:follow-1", "update:follow-2");
    }

    @Test
    void unreadableNoticesAreDeadLetteredNotDropped() {
        publisher.send("ocds-broken", "{\"notice\": \"this is not a notice\"");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                notifier.db().count("select count(*) from dead_letter where record_key = 'ocds-broken'") == 1);
        assertThat(notifier.db().strings("select payload from dead_letter where record_key = 'ocds-broken'"))
                .containsExactly("{\"notice\": \"this is not a notice\"");
        assertThat(notifier.db().strings("select topic from dead_letter where record_key = 'ocds-broken'")).containsExactly(TOPIC);

        DeadLetter onTopic = firstDeadLetter("ocds-broken");
        assertThat(onTopic.stage()).isEqualTo("notifier");
        assertThat(onTopic.kind()).isEqualTo(DeadLetterKind.UNREADABLE_NOTICE);
        assertThat(onTopic.payload()).isEqualTo("{\"notice\": \"this is not a notice\"");
    }

    /** Read from the configured dead-letter topic, not the default one. */
    private DeadLetter firstDeadLetter(String key) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", SharedTestInfrastructure.kafka().bootstrapServers(),
                "group.id", "intake-test-dead-letters", "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(DEAD_LETTER_TOPIC));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> key.equals(r.key()));
            });
            String value = seen.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow().value();
            return notifier.json().readValue(value, DeadLetter.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
