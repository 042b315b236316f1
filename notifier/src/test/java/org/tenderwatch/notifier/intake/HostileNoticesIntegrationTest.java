package org.tenderwatch.notifier.intake;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Finding: a notice with {@code 1e-20000} as an amount or a NUL in its title passed the stages before but could not be
 * stored by the notifier: it held its partition for over four minutes and was then dead-lettered, and nobody heard of
 * it. Here the listener's retries are made slow on purpose (10 s apart): what is handled at once proves no retry
 * was needed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NotifierTest(properties = {"notifier.delivery.enabled=false", "notifier.intake.retry-delay=10s"})
class HostileNoticesIntegrationTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(20);

    private final RunningNotifier notifier;
    private final Publisher publisher;
    private final long subscription;

    HostileNoticesIntegrationTest(RunningNotifier notifier, Publisher publisher) {
        this.notifier = notifier;
        this.publisher = publisher;
        this.subscription = notifier.subscribe("""
                {"channel":"email","address":"hostile-notices@example.org","confirmed":true,"filter":{"specialties":["endoscopy"]}}""");
    }

    @Test
    void unstorableCharactersAndNumbersAreCleanedAndTheNoticeAlertsAtOnce() throws IOException {
        NoticeClassified notice = Fixtures.withText(Fixtures.endoscopyInsourcing(), "nul-1", "Insourced \u0000 endoscopy \ud800 lists",
                "Evenings\u0000 and weekends", "York\u0000 Trust", java.util.List.of());
        publisher.send(notice.notice().ocid(), withAmount(notice, "1e-20000"));
        NoticeClassified huge = Fixtures.titled(Fixtures.endoscopyInsourcing(), "huge-1", "Insourced endoscopy, huge estimate");
        publisher.send(huge.notice().ocid(), withAmount(huge, "1e999999999"));

        await("both alerts recorded without a retry").atMost(AT_ONCE).until(() -> notifier.db().count(
                "select count(*) from alert where subscription_id = ? and release_id in ('nul-1', 'huge-1')", subscription) == 2);
        assertThat(notifier.db().strings("select payload->'notice'->>'title' from notice where release_id = 'nul-1'"))
                .containsExactly("Insourced \uFFFD endoscopy \uFFFD lists");
        assertThat(notifier.db().strings("select coalesce(payload->'notice'->'tenderValue'->>'amount', 'not known') from notice"
                + " where release_id in ('nul-1', 'huge-1')")).containsExactly("not known", "not known");
        assertThat(notifier.db().count("select count(*) from dead_letter")).isZero();
        MeterRegistry meters = notifier.context().getBean(MeterRegistry.class);
        assertThat(meters.get("tenderwatch.notifier.notice.values.cleaned").tag("kind", "character").counter().count()).isEqualTo(4.0);
        assertThat(meters.get("tenderwatch.notifier.notice.values.cleaned").tag("kind", "number").counter().count()).isEqualTo(2.0);
    }

    @Test
    void aReleaseIdNoIndexCanHoldIsDeadLetteredAtOnceAndTheNextNoticeStillAlerts() {
        String longId = "x".repeat(5000);
        NoticeClassified tooLong = Fixtures.titled(Fixtures.endoscopyInsourcing(), longId, "Insourced endoscopy, id too long");
        NoticeClassified next = Fixtures.titled(Fixtures.endoscopyInsourcing(), "after-long-id", "Insourced endoscopy, next");
        publisher.publish(tooLong);
        publisher.publish(next);
        await("dead-lettered at once, and the next one recorded").atMost(AT_ONCE).until(() ->
                notifier.db().count("select count(*) from dead_letter where error like '%at most 300 characters%'") == 1
                        && notifier.db().count("select count(*) from alert where release_id = 'after-long-id'") == 1);
    }

    @SuppressWarnings("unchecked")
    private String withAmount(NoticeClassified notice, String amount) throws IOException {
        Map<String, Object> json = notifier.json().readValue(notifier.json().writeValueAsString(notice), Map.class);
        Map<String, Object> fetched = new HashMap<>((Map<String, Object>) json.get("notice"));
        fetched.put("tenderValue", Map.of("amount", new BigDecimal(amount), "currency", "GBP"));
        Map<String, Object> changed = new HashMap<>(json);
        changed.put("notice", fetched);
        return notifier.json().writeValueAsString(changed);
    }
}
