package org.tenderwatch.notifier.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Every metric the notifier exports; names follow Prometheus conventions once the registry adds its suffixes. */
@Singleton
public class NotifierMetrics {

    private final MeterRegistry registry;
    private final AtomicLong outboxDepth = new AtomicLong();

    NotifierMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("tenderwatch.notifier.outbox.depth", outboxDepth, AtomicLong::get)
                .description("Deliveries waiting in the outbox (pending)").register(registry);
    }

    public void alertsRecorded(int matches, int updates) {
        alerts("match").increment(matches);
        alerts("update").increment(updates);
    }

    public void pollRecordedAlone() {
        Counter.builder("tenderwatch.notifier.intake.polls.recorded.alone")
                .description("Polls whose one transaction failed, recorded again one notice per transaction")
                .register(registry).increment();
    }

    public void noticeRejected() {
        Counter.builder("tenderwatch.notifier.notices.dead.lettered").description("Classified notices sent to the dead-letter topic")
                .register(registry).increment();
    }

    /** outcome: sent, retry, failed, gave_up, cancelled. */
    public void delivery(String channel, String outcome) {
        Counter.builder("tenderwatch.notifier.deliveries").description("Delivery attempts by channel and outcome")
                .tag("channel", channel).tag("outcome", outcome).register(registry).increment();
        if ("retry".equals(outcome)) {
            Counter.builder("tenderwatch.notifier.delivery.retries").description("Deliveries scheduled for another attempt")
                    .tag("channel", channel).register(registry).increment();
        }
    }

    public void noticeAgeAtSend(String channel, Duration age) {
        DistributionSummary.builder("tenderwatch.notifier.notice.age.at.send").baseUnit("seconds")
                .description("Seconds from a release's date to the alert about it being sent")
                .tag("channel", channel).publishPercentileHistogram(false).register(registry)
                .record(Math.max(0, age.toMillis() / 1000.0));
    }

    /** kind: character (NUL, half a surrogate pair) or number (beyond what PostgreSQL or a sane amount holds). */
    public void valuesCleaned(String kind, int count) {
        Counter.builder("tenderwatch.notifier.notice.values.cleaned")
                .description("Values in classified notices replaced because the database could not hold them")
                .tag("kind", kind).register(registry).increment(count);
    }

    /** reason: address-limit, pending, unsubscribed, suppressed: a subscribe request answered without a mail. */
    public void confirmationWithheld(String reason) {
        Counter.builder("tenderwatch.notifier.confirmations.withheld")
                .description("Public subscribe requests that sent no confirmation mail, by reason")
                .tag("reason", reason).register(registry).increment();
    }

    /** reason: body-too-large, length-required, too-many-at-once, rate-limited. */
    public void requestRefused(String reason) {
        Counter.builder("tenderwatch.notifier.requests.refused").description("Requests refused by a size, concurrency or rate limit")
                .tag("reason", reason).register(registry).increment();
    }

    /** answer: not_relevant, wrong_category: a subscriber said an alert's classification was wrong. */
    public void feedback(String answer) {
        Counter.builder("tenderwatch.notifier.feedback").description("Answers to the feedback links of alerts")
                .tag("answer", answer).register(registry).increment();
    }

    /** reason: muted, snoozed: alerts not made because the subscriber asked not to hear of the notice. */
    public void alertsSilenced(String reason, int count) {
        Counter.builder("tenderwatch.notifier.alerts.silenced").description("Alerts skipped because a subscriber muted or snoozed them")
                .tag("reason", reason).register(registry).increment(count);
    }

    public void outboxDepth(long depth) {
        outboxDepth.set(depth);
    }

    private Counter alerts(String kind) {
        return Counter.builder("tenderwatch.notifier.alerts.matched").description("Alerts recorded in the outbox")
                .tag("kind", kind).register(registry);
    }
}
