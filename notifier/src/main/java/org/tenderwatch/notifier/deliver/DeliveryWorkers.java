package org.tenderwatch.notifier.deliver;

import org.tenderwatch.notifier.outbox.Claimed;
import org.tenderwatch.notifier.outbox.Outbox;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.notifier.metrics.NotifierMetrics;
import org.tenderwatch.notifier.supervision.Supervisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Threads that drain the outbox. Whatever escapes a delivery is logged with the delivery it happened to and counted;
 * after an exception the delivery is retried later and the worker goes on; after an {@link Error} the delivery is
 * failed, the worker stops and /health says DOWN ({@link Supervisor}). Stopping is graceful: no new claims, and a message being sent is finished and
 * recorded before the application context closes, so a restart neither loses nor repeats it.
 */
@Singleton
@Requires(property = "notifier.delivery.enabled", value = "true", defaultValue = "true")
class DeliveryWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorkers.class);

    private final Outbox outbox;
    private final DeliveryAttempt attempt;
    private final DeliverySettings config;
    private final Map<String, Long> minIntervalMillis;
    private final NotifierMetrics metrics;
    private final Supervisor supervisor;
    private final List<Thread> threads = new ArrayList<>();
    private final Object idle = new Object();
    private volatile boolean running;

    DeliveryWorkers(Outbox outbox, DeliveryAttempt attempt, DeliverySettings config, List<Channel> channels, NotifierMetrics metrics,
                    Supervisor supervisor) {
        this.supervisor = supervisor;
        this.outbox = outbox;
        this.attempt = attempt;
        this.config = config;
        this.minIntervalMillis = channels.stream().collect(Collectors.toMap(Channel::name, c -> c.minInterval().toMillis()));
        this.metrics = metrics;
    }

    @EventListener
    synchronized void start(StartupEvent event) {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < config.workers(); i++) {
            Thread thread = new Thread(this::loop, "delivery-worker-" + i);
            threads.add(thread);
            supervisor.watch(thread.getName(), thread);
            thread.start();
        }
    }

    @Scheduled(fixedDelay = "15s", initialDelay = "1s")
    void measureDepth() {
        metrics.outboxDepth(outbox.depth());
    }

    /** Delivers whatever is due now on the calling thread; for tests and tools that run without worker threads. */
    int drain() {
        int delivered = 0;
        for (Optional<Claimed> next = claim(); next.isPresent(); next = claim()) {
            attempt.run(next.get());
            delivered++;
        }
        return delivered;
    }

    private void loop() {
        String worker = Thread.currentThread().getName();
        while (running) {
            Claimed current = null;
            try {
                Optional<Claimed> next = claim();
                if (next.isPresent()) {
                    current = next.get();
                    attempt.run(current);
                } else {
                    synchronized (idle) {
                        idle.wait(config.pollInterval().toMillis());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable failure) { // NOSONAR: an Error must be seen, not end the thread silently
                String context = current == null ? "claiming the next delivery"
                        : "delivery " + current.id() + " (" + current.kind() + ") to subscriber " + current.subscriberId();
                if (current != null) {
                    attempt.afterFailure(current, failure);
                }
                if (!supervisor.failed(worker, context, failure)) {
                    return;
                }
                pause();
            }
        }
    }

    private Optional<Claimed> claim() {
        return outbox.claimNext(config.lease(), channel -> minIntervalMillis.getOrDefault(channel, 0L));
    }

    private void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(config.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        threads.forEach(thread -> supervisor.release(thread.getName()));
        synchronized (idle) {
            idle.notifyAll();
        }
        // A send in flight ends within its channel's timeouts, far inside the lease that covers it.
        for (Thread thread : threads) {
            thread.join(config.lease().toMillis());
        }
        LOG.info("Delivery workers stopped");
    }
}
