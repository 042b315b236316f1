package org.tenderwatch.fetcher.checkpoint;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.fetcher.backfill.BackfillJobs;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;
import org.tenderwatch.fetcher.source.NoticeSource;
import org.tenderwatch.fetcher.window.WindowPublisher;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Starts one polling thread per enabled source once the service is up; stops them before the context closes. */
@Singleton
class Pollers implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(Pollers.class);

    private final List<NoticeSource> sources;
    private final CheckpointRepository checkpoints;
    private final WindowPublisher windows;
    private final BackfillJobs backfills;
    private final FetcherMetrics metrics;
    private final Clock clock;
    private final List<ScheduledExecutorService> running = new ArrayList<>();

    Pollers(List<NoticeSource> sources, CheckpointRepository checkpoints, WindowPublisher windows, BackfillJobs backfills,
            FetcherMetrics metrics, Clock clock) {
        this.sources = sources;
        this.checkpoints = checkpoints;
        this.windows = windows;
        this.backfills = backfills;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        for (NoticeSource source : sources) {
            if (!source.settings().enabled()) {
                LOG.info("{}: disabled", source.name());
                continue;
            }
            checkpoints.findBySource(source.name()).ifPresent(c -> metrics.checkpoint(source.name(), c.windowEnd()));
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                    runnable -> new Thread(runnable, "poll-" + source.name()));
            long every = source.settings().pollInterval().toMillis();
            executor.scheduleWithFixedDelay(new LivePoller(source, checkpoints, windows, backfills, metrics, clock),
                    0, every, TimeUnit.MILLISECONDS);
            running.add(executor);
            LOG.info("{}: polling every {} in windows of {}", source.name(), source.settings().pollInterval(),
                    source.settings().windowSize());
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running.forEach(ScheduledExecutorService::shutdownNow);
        for (ScheduledExecutorService executor : running) {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("a polling thread did not stop within 30 s");
            }
        }
        running.clear();
    }
}
