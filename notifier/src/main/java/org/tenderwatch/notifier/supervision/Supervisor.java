package org.tenderwatch.notifier.supervision;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where every worker reports what escaped it. An exception is logged with its context, counted, and the worker goes
 * on; an {@link Error} (out of memory, a broken class path…) leaves the JVM in a state nobody can vouch for, so
 * the worker is marked stopped and the health indicators say DOWN with the reason until the service is restarted.
 * Threads registered here are also checked for being alive, so a worker that vanished some other way is seen too.
 */
@Singleton
public class Supervisor {

    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);

    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, String> stopped = new ConcurrentHashMap<>();
    private final Map<String, Thread> threads = new ConcurrentHashMap<>();
    private final Map<String, Supplier<String>> checks = new ConcurrentHashMap<>();

    Supervisor(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
        Gauge.builder("tenderwatch.notifier.workers.down", this, s -> s.problems().size())
                .description("Workers that stopped and cannot resume; /health is DOWN while this is above 0").register(meters);
    }

    /** Logs and counts what escaped a worker. Answers whether it may go on: false for an {@link Error}. */
    public boolean failed(String worker, String context, Throwable failure) {
        boolean error = failure instanceof Error;
        Counter.builder("tenderwatch.notifier.worker.failures").description("Failures that escaped a worker, by worker and kind")
                .tag("worker", worker).tag("kind", error ? "error" : "exception").register(meters).increment();
        if (!error) {
            LOG.error("{} failed ({}); it goes on", worker, context, failure);
            return true;
        }
        String reason = failure.getClass().getName() + " at " + Instant.now(clock) + " (" + context + ")"
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        stopped.putIfAbsent(worker, reason);
        LOG.error("{} hit an Error ({}): the service must be restarted; /health is DOWN", worker, context, failure);
        return false;
    }

    /** A thread that must stay alive while the service runs. */
    public void watch(String worker, Thread thread) {
        threads.put(worker, thread);
    }

    /** A thread that ended on purpose (shutdown): no longer watched. */
    public void release(String worker) {
        threads.remove(worker);
    }

    /** A check that answers why a worker cannot do its work, or null while it can. */
    public void check(String worker, Supplier<String> problem) {
        checks.put(worker, problem);
    }

    /** Why the service is not doing its work, one line per worker; empty when all is well. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        stopped.forEach((worker, reason) -> problems.add(worker + " stopped on " + reason));
        threads.forEach((worker, thread) -> {
            if (!thread.isAlive() && !stopped.containsKey(worker)) {
                problems.add(worker + " is gone: its thread ended");
            }
        });
        checks.forEach((worker, check) -> {
            String problem;
            try {
                problem = check.get();
            } catch (RuntimeException e) {
                problem = "cannot be checked: " + e;
            }
            if (problem != null) {
                problems.add(worker + " " + problem);
            }
        });
        return problems;
    }
}
