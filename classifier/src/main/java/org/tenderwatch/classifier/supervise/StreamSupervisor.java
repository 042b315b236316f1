package org.tenderwatch.classifier.supervise;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.streams.event.BeforeKafkaStreamStart;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Whatever escapes a stream thread (an {@link Error} included) is logged with the record the thread was on, counted,
 * and the thread is replaced: under exactly-once processing its open transaction is aborted, so the replacement
 * starts again from the last committed record and nothing is lost or published twice. Processing stops for good,
 * and health goes DOWN with the reason, when the JVM itself cannot be trusted (out of memory, an internal error) or
 * when threads keep dying faster than {@code maxReplacements} per {@code window}: then a restart by the platform is
 * the remedy.
 */
@Singleton
public class StreamSupervisor implements ApplicationEventListener<BeforeKafkaStreamStart> {

    private static final Logger LOG = LoggerFactory.getLogger(StreamSupervisor.class);

    private final RecordFailures records;
    private final SupervisionSettings settings;
    private final Counter failures;
    private final Counter replacements;
    private final Deque<Instant> recent = new ArrayDeque<>();
    private final Clock clock;
    private volatile String stoppedBecause;
    private volatile String lastFailure;

    StreamSupervisor(RecordFailures records, SupervisionSettings settings, MeterRegistry meters, Clock clock) {
        this.records = records;
        this.clock = clock;
        this.settings = settings;
        this.failures = Counter.builder("tenderwatch.classifier.stream.thread.failures")
                .description("stream threads ended by an exception or error").register(meters);
        this.replacements = Counter.builder("tenderwatch.classifier.stream.thread.replacements")
                .description("stream threads replaced after a failure").register(meters);
        Gauge.builder("tenderwatch.classifier.processing.stopped", this, s -> s.stoppedBecause().isPresent() ? 1 : 0)
                .description("1 when classification has stopped for good and the service waits to be restarted")
                .register(meters);
    }

    @Override
    public void onApplicationEvent(BeforeKafkaStreamStart event) {
        KafkaStreams streams = event.getKafkaStreams();
        streams.setUncaughtExceptionHandler(this::handle);
        streams.setStateListener((now, before) -> {
            LOG.info("classification streams {} → {}", before, now);
            if (now == KafkaStreams.State.ERROR && stoppedBecause == null) {
                stoppedBecause = "Kafka Streams went into ERROR" + (lastFailure == null ? "" : " after: " + lastFailure);
            }
        });
    }

    /** Why classification stopped for good, when it did. */
    public Optional<String> stoppedBecause() {
        return Optional.ofNullable(stoppedBecause);
    }

    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    public long replaced() {
        return (long) replacements.count();
    }

    StreamThreadExceptionResponse handle(Throwable error) {
        RecordFailures.InFlight at = records.failed(error);
        failures.increment();
        String thread = Thread.currentThread().getName();
        String on = at == null ? "between records" : "on " + at.where() + " (key " + at.key() + ")";
        lastFailure = error + " in " + thread + " " + on;
        if (error instanceof VirtualMachineError && !(error instanceof StackOverflowError)) {
            return stop("the JVM failed: " + error + " (" + on + ")", error);
        }
        synchronized (recent) {
            Instant now = clock.instant();
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(settings.window()))) {
                recent.removeFirst();
            }
            if (recent.size() > settings.maxReplacements()) {
                return stop(recent.size() + " stream threads failed within " + settings.window() + ", the last: "
                        + error + " (" + on + ")", error);
            }
        }
        LOG.error("classification thread {} failed {}; replacing it, the record will be processed again", thread, on, error);
        replacements.increment();
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    private StreamThreadExceptionResponse stop(String reason, Throwable error) {
        stoppedBecause = reason;
        LOG.error("classification stopped for good, health is DOWN until the service is restarted: {}", reason, error);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
}
