package org.tenderwatch.fetcher.poll;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.fetcher.Durations;
import org.tenderwatch.fetcher.backfill.BackfillJobs;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;
import org.tenderwatch.fetcher.publish.PublishFailedException;
import org.tenderwatch.fetcher.publish.SpoolException;
import org.tenderwatch.fetcher.source.NoticeSource;
import org.tenderwatch.fetcher.source.SourceSettings;
import org.tenderwatch.fetcher.source.Window;
import org.tenderwatch.fetcher.supervision.Workers;
import org.tenderwatch.fetcher.window.WindowIncompleteException;
import org.tenderwatch.fetcher.window.WindowPublisher;
import org.tenderwatch.ocds.StorableText;

import java.time.Clock;
import java.time.Instant;

/**
 * One poll of a source: windows from its checkpoint up to now, each read and published before the checkpoint
 * moves to its end. A window that fails stays where it is and is tried again next poll. Holds no state of its
 * own, so one instance serves every source's polling thread.
 */
@Singleton
class LivePoller {

    private static final Logger LOG = LoggerFactory.getLogger(LivePoller.class);

    private final CheckpointRepository checkpoints;
    private final WindowPublisher windows;
    private final BackfillJobs backfills;
    private final FetcherMetrics metrics;
    private final Workers workers;
    private final Clock clock;

    LivePoller(CheckpointRepository checkpoints, WindowPublisher windows, BackfillJobs backfills, FetcherMetrics metrics,
               Workers workers, Clock clock) {
        this.workers = workers;
        this.checkpoints = checkpoints;
        this.windows = windows;
        this.backfills = backfills;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Whatever else escapes is for {@link Workers}, which runs each poll. */
    void poll(NoticeSource source) {
        try {
            pollUntilCaughtUp(source);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("{}: polling stopped", source.name());
        }
    }

    private void pollUntilCaughtUp(NoticeSource source) throws InterruptedException {
        SourceSettings settings = source.settings();
        boolean caughtUp = false;
        while (!caughtUp && !Thread.currentThread().isInterrupted()) {
            Checkpoint checkpoint = current(source);
            Instant now = clock.instant();
            if (!checkpoint.windowEnd().minus(settings.overlap()).isBefore(now)) {
                return;
            }
            Window window = Window.after(checkpoint.windowEnd(), settings.overlap(), settings.windowSize(), now);
            caughtUp = window.to().equals(now);
            workers.working("window " + window);
            try {
                windows.run(source, window);
                advance(source, window.to());
            } catch (WindowIncompleteException e) {
                metrics.windowFailed(source.name());
                if (e.badContent() && checkpoint.failedAttempts() + 1 >= settings.maxWindowAttempts()) {
                    long job = backfills.setAside(source.name(), window, StorableText.escaped(e.getMessage()));
                    LOG.error("{}: window {} failed {} times on bad content; set aside as backfill job {} and moving on: {}",
                            source.name(), window, checkpoint.failedAttempts() + 1, job, e.getMessage());
                    advance(source, window.to());
                    continue;
                }
                int failures = checkpoint.failedAttempts() + (e.badContent() ? 1 : 0);
                checkpoints.save(source.name(), checkpoint.windowEnd(), failures, StorableText.escaped(e.getMessage()));
                LOG.warn("{}; window {} kept, next try in {}", e.getMessage(), window, Durations.human(settings.pollInterval()));
                return;
            } catch (PublishFailedException | SpoolException e) {
                // The broker or the database did not take the window: an outage, not bad content.
                metrics.windowFailed(source.name());
                LOG.warn("{}: {}; window {} kept, next try in {}", source.name(), e.getMessage(), window, Durations.human(settings.pollInterval()));
                return;
            }
        }
    }

    private Checkpoint current(NoticeSource source) {
        Checkpoint checkpoint = checkpoints.findBySource(source.name()).orElseGet(() -> {
            Instant start = clock.instant().minus(source.settings().lookBack());
            LOG.info("{}: no checkpoint yet, starting {} back at {}", source.name(), source.settings().lookBack(), start);
            return new Checkpoint(source.name(), start, 0, null, clock.instant());
        });
        // Exposed before the first window completes too, so that a source unreachable from the start shows its age.
        metrics.checkpoint(source.name(), checkpoint.windowEnd());
        return checkpoint;
    }

    /** A window done (or set aside): the checkpoint moves to its end and its failures are forgotten. */
    private void advance(NoticeSource source, Instant windowEnd) {
        checkpoints.save(source.name(), windowEnd, 0, null);
        metrics.checkpoint(source.name(), windowEnd);
    }
}
