package org.tenderwatch.fetcher.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one worker is doing and how its last run ended; written by its thread, read by health checks. */
final class WorkerState {

    private final String name;
    private final Duration interval;
    private volatile Instant busySince;
    private volatile Instant lastProgress;
    private volatile Instant lastFinished;
    private volatile String task = "";
    private volatile String lastFailure;
    private volatile String fatal;

    WorkerState(String name, Duration interval, Instant registered) {
        this.name = name;
        this.interval = interval;
        this.lastFinished = registered;
        this.lastProgress = registered;
    }

    String name() {
        return name;
    }

    Duration interval() {
        return interval;
    }

    String task() {
        return task;
    }

    void started(Instant now) {
        busySince = now;
        lastProgress = now;
        task = "";
    }

    void working(String task, Instant now) {
        this.task = task;
        lastProgress = now;
    }

    void progressed(Instant now) {
        lastProgress = now;
    }

    void finished(Instant now, String failure) {
        lastFinished = now;
        lastProgress = now;
        busySince = null;
        lastFailure = failure;
    }

    /** An Error: the JVM may not be fit to go on, so health stays DOWN until a restart. */
    void fatal(String reason) {
        fatal = reason;
    }

    /** Why this worker cannot be counted on, or null when it can. */
    String problem(Instant now, Duration stallAfter) {
        if (fatal != null) {
            return name + " died: " + fatal;
        }
        Instant since = busySince;
        if (since != null && lastProgress.plus(stallAfter).isBefore(now)) {
            return name + " has made no progress for " + Duration.between(lastProgress, now).toSeconds() + " s"
                    + (task.isEmpty() ? "" : " in " + task);
        }
        if (since == null && lastFinished.plus(interval).plus(stallAfter).isBefore(now)) {
            return name + " has not run since " + lastFinished;
        }
        return null;
    }

    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("busy", busySince != null);
        details.put("task", task);
        details.put("lastFinished", String.valueOf(lastFinished));
        details.put("lastProgress", String.valueOf(lastProgress));
        if (lastFailure != null) {
            details.put("lastFailure", lastFailure);
        }
        if (fatal != null) {
            details.put("fatal", fatal);
        }
        return details;
    }
}
