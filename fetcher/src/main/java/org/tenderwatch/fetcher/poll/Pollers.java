package org.tenderwatch.fetcher.poll;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.fetcher.source.NoticeSource;
import org.tenderwatch.fetcher.supervision.Workers;

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
    private final LivePoller poller;
    private final Workers workers;
    private final List<ScheduledExecutorService> running = new ArrayList<>();

    Pollers(List<NoticeSource> sources, LivePoller poller, Workers workers) {
        this.sources = sources;
        this.poller = poller;
        this.workers = workers;
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        for (NoticeSource source : sources) {
            if (!source.settings().enabled()) {
                LOG.info("{}: disabled", source.name());
                continue;
            }
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                    runnable -> new Thread(runnable, "poll-" + source.name()));
            long every = source.settings().pollInterval().toMillis();
            String worker = "poll-" + source.name();
            workers.register(worker, source.settings().pollInterval());
            // The first poll starts at once and exposes the checkpoint's age before it reads anything. Workers.run
            // lets nothing escape: a scheduled task that throws is never run again.
            executor.scheduleWithFixedDelay(() -> workers.run(worker, () -> poller.poll(source)), 0, every, TimeUnit.MILLISECONDS);
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
