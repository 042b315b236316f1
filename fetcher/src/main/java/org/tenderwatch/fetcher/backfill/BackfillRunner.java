package org.tenderwatch.fetcher.backfill;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.fetcher.Durations;
import org.tenderwatch.fetcher.publish.PublishFailedException;
import org.tenderwatch.fetcher.source.NoticeSource;
import org.tenderwatch.fetcher.source.Window;
import org.tenderwatch.fetcher.supervision.Workers;
import org.tenderwatch.fetcher.window.WindowIncompleteException;
import org.tenderwatch.fetcher.window.WindowPublisher;
import org.tenderwatch.ocds.StorableText;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works through pending backfill jobs one window at a time, on the same windows, publisher and dedupe as live
 * polling, and through the same per-source HTTP client, so a backfill never adds a second request in flight.
 */
@Singleton
class BackfillRunner implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(BackfillRunner.class);
    private static final String WORKER = "backfill";

    private final BackfillJobRepository jobs;
    private final Map<String, NoticeSource> sources;
    private final WindowPublisher windows;
    private final BackfillSettings settings;
    private final Workers workers;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "backfill"));

    BackfillRunner(BackfillJobRepository jobs, List<NoticeSource> sources, WindowPublisher windows, BackfillSettings settings,
                   Workers workers) {
        this.workers = workers;
        this.jobs = jobs;
        this.sources = sources.stream().collect(Collectors.toMap(NoticeSource::name, Function.identity()));
        this.windows = windows;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        long every = settings.pollInterval().toMillis();
        workers.register(WORKER, settings.pollInterval());
        executor.scheduleWithFixedDelay(() -> workers.run(WORKER, this::runPending), every, every, TimeUnit.MILLISECONDS);
    }

    /** Whatever else escapes is logged, counted and retried next turn by {@link Workers}. */
    private void runPending() {
        try {
            for (BackfillJob job : jobs.findByStatusOrderById(BackfillJob.PENDING)) {
                run(job);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(BackfillJob job) throws InterruptedException {
        NoticeSource source = sources.get(job.source());
        Instant done = job.doneUntil();
        int failures = job.failedAttempts();
        while (done.isBefore(job.toTime()) && !Thread.currentThread().isInterrupted()) {
            if (cancelled(job)) {
                LOG.info("backfill {} of {}: cancelled at {}", job.id(), job.source(), done);
                return;
            }
            Instant end = done.plus(source.settings().windowSize());
            Window window = new Window(done, end.isAfter(job.toTime()) ? job.toTime() : end);
            workers.working("job " + job.id() + " of " + job.source() + ", window " + window);
            try {
                windows.run(source, window);
                done = window.to();
                jobs.progress(job.id(), done, done.equals(job.toTime()) ? BackfillJob.DONE : BackfillJob.PENDING, failures, null);
            } catch (WindowIncompleteException e) {
                failures += e.badContent() ? 1 : 0;
                boolean givenUp = failures >= source.settings().maxWindowAttempts();
                jobs.progress(job.id(), done, givenUp ? BackfillJob.FAILED : BackfillJob.PENDING, failures, StorableText.escaped(e.getMessage()));
                LOG.warn("backfill {} of {}: window {} failed ({}): {}", job.id(), job.source(), window,
                        givenUp ? "given up" : "next try in " + Durations.human(settings.pollInterval()), e.getMessage());
                return;
            } catch (PublishFailedException e) {
                jobs.progress(job.id(), done, BackfillJob.PENDING, failures, StorableText.escaped(e.getMessage()));
                LOG.warn("backfill {} of {}: {}; next try in {}", job.id(), job.source(), e.getMessage(), Durations.human(settings.pollInterval()));
                return;
            }
        }
        LOG.info("backfill {} of {} {} .. {}: done", job.id(), job.source(), job.fromTime(), job.toTime());
    }

    private boolean cancelled(BackfillJob job) {
        return jobs.findById(job.id()).map(current -> BackfillJob.CANCELLED.equals(current.status())).orElse(true);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
