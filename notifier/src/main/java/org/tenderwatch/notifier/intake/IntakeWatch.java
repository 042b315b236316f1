package org.tenderwatch.notifier.intake;

import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.tenderwatch.notifier.supervision.Supervisor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Tells the {@link Supervisor} when the Kafka consumer is gone: none registered, or not polling for longer than
 * {@code notifier.intake.stalled-after} while no record is being processed (a consumer whose loop ended polls no
 * more; one waiting out a database outage is inside a record, which is its job).
 */
@Singleton
class IntakeWatch {

    private final ConsumerRegistry consumers;
    private final ClassifiedNoticeListener listener;
    private final Supervisor supervisor;
    private final Duration stalledAfter;
    private final Clock clock;
    private volatile Instant started;

    IntakeWatch(ConsumerRegistry consumers, ClassifiedNoticeListener listener, Supervisor supervisor, IntakeSettings config, Clock clock) {
        this.consumers = consumers;
        this.clock = clock;
        this.listener = listener;
        this.supervisor = supervisor;
        this.stalledAfter = config.stalledAfter();
    }

    @EventListener
    void start(StartupEvent event) {
        started = clock.instant();
        supervisor.check(ClassifiedNoticeListener.WORKER, this::problem);
    }

    private String problem() {
        if (listener.busy()) {
            return null;
        }
        Set<String> ids = consumers.getConsumerIds();
        if (ids.isEmpty()) {
            return clock.instant().isAfter(started.plus(stalledAfter)) ? "has no Kafka consumer" : null;
        }
        for (String id : ids) {
            Double ago = lastPollSecondsAgo(consumers.getConsumer(id).metrics());
            if (ago == null) {
                return "has lost its Kafka consumer " + id + " (closed)";
            }
            if (ago > stalledAfter.toSeconds()) {
                return "is stalled: Kafka consumer " + id + " last polled " + Math.round(ago) + " s ago, outside any record";
            }
        }
        return null;
    }

    private static Double lastPollSecondsAgo(Map<MetricName, ? extends Metric> metrics) {
        return metrics.entrySet().stream()
                .filter(e -> e.getKey().name().equals("last-poll-seconds-ago") && e.getKey().group().equals("consumer-metrics"))
                .map(e -> e.getValue().metricValue()).filter(Number.class::isInstance).map(v -> ((Number) v).doubleValue())
                .findFirst().orElse(null);
    }
}
