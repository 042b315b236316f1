package org.tenderwatch.fetcher.backfill;

import jakarta.inject.Singleton;
import org.tenderwatch.fetcher.source.Window;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Creating and listing backfill jobs. */
@Singleton
public class BackfillJobs {

    private final BackfillJobRepository jobs;
    private final Clock clock;

    BackfillJobs(BackfillJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    BackfillJob request(String source, Instant from, Instant to) {
        Instant now = clock.instant();
        return jobs.save(new BackfillJob(null, source, from, to, from, BackfillJob.PENDING, 0, null, now, now));
    }

    /** Records a live window that kept failing on bad content, so that it is listed and can be re-run, not lost. */
    public long setAside(String source, Window window, String error) {
        Instant now = clock.instant();
        return jobs.save(new BackfillJob(null, source, window.from(), window.to(), window.from(), BackfillJob.FAILED, 0,
                error, now, now)).id();
    }

    long pending() {
        return jobs.countByStatus(BackfillJob.PENDING);
    }

    /** Whether the job was pending and is now cancelled. */
    boolean cancel(long id) {
        return jobs.cancel(id) == 1;
    }

    Optional<BackfillJob> find(long id) {
        return jobs.findById(id);
    }

    List<BackfillJob> recent() {
        return jobs.findRecent();
    }
}
