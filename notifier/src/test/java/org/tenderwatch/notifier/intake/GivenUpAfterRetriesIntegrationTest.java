package org.tenderwatch.notifier.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.notifier.testing.RunningNotifier;
import org.tenderwatch.testing.Publisher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "A record that fails for any other reason is retried 5 times and then dead-lettered (topic and table), never
 * skipped silently": PostgreSQL refuses one notice with an error that is neither an outage nor a value it cannot hold
 * (a trigger of the test's own raising an exception), so only the listener's retries and its dead letter remain.
 * The trigger counts its refusals in a sequence, which a rolled-back transaction does not undo.
 */
@NotifierTest(topic = GivenUpAfterRetriesIntegrationTest.TOPIC, properties = {"notifier.delivery.enabled=false",
        "notifier.intake.retry-delay=100ms", "notifier.intake.dead-letter-topic=" + GivenUpAfterRetriesIntegrationTest.TOPIC + ".dlq"})
class GivenUpAfterRetriesIntegrationTest {

    static final String TOPIC = "notices.classified.given-up-test";
    private final RunningNotifier notifier;
    private final Publisher publisher;

    GivenUpAfterRetriesIntegrationTest(RunningNotifier notifier, Publisher publisher) {
        this.notifier = notifier;
        this.publisher = publisher;
    }

    @Test
    void aNoticeTheDatabaseKeepsRefusingIsRetriedThenDeadLetteredAndTheNextOneIsAlerted() throws Exception {
        long subscription = notifier.subscribe("""
                {"name":"Insourcing","channel":"email","address":"given-up@example.org","confirmed":true,
                 "filter":{"categories":["clinical_insourcing"]}}""");
        NoticeClassified refused = Fixtures.titled(Fixtures.endoscopyInsourcing(), "refused-every-time", "Insourced endoscopy, refused");
        NoticeClassified next = Fixtures.giPhysiologyAward();
        notifier.db().update("create sequence refusals");
        notifier.db().update("""
                create function refuse_notice() returns trigger language plpgsql as $$
                begin
                    if new.release_id = 'refused-every-time' then
                        perform nextval('refusals');
                        raise exception 'refused by a trigger';
                    end if;
                    return new;
                end $$""");
        notifier.db().update("create trigger refuse_notice before insert on notice for each row execute function refuse_notice()");

        publisher.publish(refused);
        publisher.publish(next);

        await().atMost(Duration.ofSeconds(60)).until(() -> notifier.db().count(
                "select count(*) from alert where subscription_id = ? and release_id = ?", subscription, next.releaseId()) == 1);
        assertThat(notifier.db().count("select last_value from refusals")).as("attempts before giving up").isGreaterThan(1);
        assertThat(notifier.db().count("select count(*) from notice where release_id = 'refused-every-time'")).isZero();
        assertThat(notifier.db().strings("select error from dead_letter where record_key = ?", refused.ocid()))
                .singleElement().asString().startsWith("gave up after retries").contains("refused by a trigger");
        assertThat(notifier.db().strings("select payload from dead_letter where record_key = ?", refused.ocid()))
                .containsExactly(notifier.json().writeValueAsString(refused));

        DeadLetter onTopic = notifier.json().readValue(deadLetter(refused.ocid()), DeadLetter.class);
        assertThat(onTopic.kind()).isEqualTo(DeadLetterKind.GAVE_UP_AFTER_RETRIES);
        assertThat(onTopic.stage()).isEqualTo("notifier");
        assertThat(onTopic.payload()).isEqualTo(notifier.json().writeValueAsString(refused));
    }

    private static String deadLetter(String key) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", SharedTestInfrastructure.kafka().bootstrapServers(),
                "group.id", "given-up-test-dead-letters", "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC + ".dlq"));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> key.equals(r.key()));
            });
            return seen.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow().value();
        }
    }
}
