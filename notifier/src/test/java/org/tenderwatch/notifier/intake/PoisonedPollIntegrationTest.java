package org.tenderwatch.notifier.intake;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poll is recorded in one transaction; when PostgreSQL refuses one notice of it, the others must still be recorded,
 * each once, and the refused one dead-lettered at once (the listener's retries are 10 s apart on purpose).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NotifierTest(properties = {"notifier.delivery.enabled=false", "notifier.intake.retry-delay=10s",
        "test.faults.refused-release-id=poll-poisoned"})
class PoisonedPollIntegrationTest {

    private final RunningNotifier notifier;
    private final Publisher publisher;
    private final long subscription;

    PoisonedPollIntegrationTest(RunningNotifier notifier, Publisher publisher) {
        this.notifier = notifier;
        this.publisher = publisher;
        this.subscription = notifier.subscribe("""
                {"channel":"email","address":"poisoned-poll@example.org","confirmed":true,"filter":{"specialties":["endoscopy"]}}""");
    }

    @Test
    void aPollWithOnePoisonedNoticeRecordsEveryGoodOneOnceAndDeadLettersTheBadOne() {
        List<String> good = List.of("poll-1", "poll-2", "poll-3", "poll-4");
        for (int i = 0; i < good.size(); i++) {
            if (i == 2) {
                publisher.publish(Fixtures.titled(Fixtures.endoscopyInsourcing(), "poll-poisoned", "Insourced endoscopy, refused"));
            }
            publisher.publish(Fixtures.titled(Fixtures.endoscopyInsourcing(), good.get(i), "Insourced endoscopy, " + good.get(i)));
        }

        await("the refused notice dead-lettered and every good one recorded").atMost(Duration.ofSeconds(20)).until(() ->
                notifier.db().count("select count(*) from dead_letter where error like '%refused a value%22P02%'") == 1
                        && notifier.db().count("select count(*) from notice where release_id like 'poll-%' and release_id <> 'poll-poisoned'") == 4);
        for (String releaseId : good) {
            assertThat(notifier.db().count("select count(*) from alert where subscription_id = ? and release_id = ?", subscription, releaseId))
                    .as("alerts about %s", releaseId).isEqualTo(1);
        }
        assertThat(notifier.db().count("select count(*) from notice where release_id = 'poll-poisoned'")).isZero();
        assertThat(notifier.db().count("select count(*) from alert where release_id = 'poll-poisoned'")).isZero();
        MeterRegistry meters = notifier.context().getBean(MeterRegistry.class);
        assertThat(meters.get("tenderwatch.notifier.intake.polls.recorded.alone").counter().count()).isPositive();
    }
}
