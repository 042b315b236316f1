package org.tenderwatch.fetcher.supervision;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.fetcher.Durations;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the fetcher's recurring work (one poll of a source, one pass over the backfill jobs) so that nothing escapes
 * it: whatever is thrown, {@link Error}s included, is logged with the worker and what it was doing, counted, and the
 * work runs again at its next turn. A scheduled task that throws is never run again and says nothing, which is how
 * polling once stopped for good. An Error, or a worker that makes no progress, turns health DOWN.
 */
@Singleton
public class Workers {

    private static final Logger LOG = LoggerFactory.getLogger(Workers.class);

    private final Map<String, WorkerState> states = new ConcurrentHashMap<>();
    private final Map<Thread, WorkerState> byThread = new ConcurrentHashMap<>();
    private final FetcherMetrics metrics;
    private final SupervisionSettings settings;
    private final Clock clock;

    Workers(FetcherMetrics metrics, SupervisionSettings settings, Clock clock) {
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    /** A worker that runs every {@code interval}; from now on health expects it to. */
    public void register(String worker, Duration interval) {
        states.put(worker, new WorkerState(worker, interval, clock.instant()));
    }

    /** One run of a registered worker; returns normally whatever the work throws. */
    public void run(String worker, Runnable work) {
        WorkerState state = states.get(worker);
        state.started(clock.instant());
        byThread.put(Thread.currentThread(), state);
        try {
            work.run();
            state.finished(clock.instant(), null);
        } catch (Throwable e) {
            failed(state, e);
        } finally {
            byThread.remove(Thread.currentThread());
        }
    }

    /** What the calling worker is doing now, e.g. {@code window 2026-01-01T00:00:00Z .. 2026-01-02T00:00:00Z}. */
    public void working(String task) {
        WorkerState state = byThread.get(Thread.currentThread());
        if (state != null) {
            state.working(task, clock.instant());
        }
    }

    /** The calling worker got on: a page read, a batch sent. */
    public void progressed() {
        WorkerState state = byThread.get(Thread.currentThread());
        if (state != null) {
            state.progressed(clock.instant());
        }
    }

    /** Why workers cannot be counted on; empty when all are well. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (WorkerState state : states.values()) {
            String problem = state.problem(clock.instant(), settings.stallAfter());
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    Collection<WorkerState> states() {
        return states.values();
    }

    private void failed(WorkerState state, Throwable e) {
        String task = state.task().isEmpty() ? "" : " in " + state.task();
        String reason = e + task;
        if (e instanceof Error) {
            // Recorded before anything that allocates much, so that health is DOWN even if logging fails next.
            state.fatal(reason);
        }
        state.finished(clock.instant(), reason);
        try {
            metrics.workerFailed(state.name(), e);
            if (e instanceof Error) {
                LOG.error("{} died{}: {}; health is DOWN until the fetcher is restarted, runs go on meanwhile",
                        state.name(), task, e.toString(), e);
            } else {
                LOG.error("{} failed{}, next try in {}: {}", state.name(), task, Durations.human(state.interval()),
                        e.toString(), e);
            }
        } catch (Throwable whileReporting) {
            // Out of memory, say: the state above already turned health DOWN.
        }
    }
}
