package org.tenderwatch.fetcher.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** Names and tags of every fetcher metric in one place, so that the README table stays true. */
@Singleton
public class FetcherMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicReference<Instant>> checkpoints = new ConcurrentHashMap<>();

    public FetcherMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public void fetched(String source, int releases) {
        counter("tenderwatch.fetcher.releases.fetched", "releases read from the source", "source", source).increment(releases);
    }

    public void published(String source, int releases) {
        counter("tenderwatch.fetcher.releases.published", "releases the broker acknowledged", "source", source).increment(releases);
    }

    public void alreadyPublished(String source, int releases) {
        counter("tenderwatch.fetcher.releases.skipped", "releases not sent again because they were published before",
                "source", source).increment(releases);
    }

    public void repeated(String source) {
        counter("tenderwatch.fetcher.releases.repeated", "releases read a second time in one window with the same text",
                "source", source).increment();
    }

    public void anomalies(String source, int anomalies) {
        counter("tenderwatch.fetcher.release.anomalies", "odd values repaired or left out of published notices",
                "source", source).increment(anomalies);
    }

    public void page(String source) {
        counter("tenderwatch.fetcher.pages", "pages read", "source", source).increment();
    }

    public void pagesSkipped(String source, int pages) {
        counter("tenderwatch.fetcher.pages.skipped", "pages settled before (published or kept as a dead letter) and unchanged, not read again",
                "source", source).increment(pages);
    }

    public void httpResponse(String source, int status) {
        counter("tenderwatch.fetcher.http.responses", "HTTP responses by status", "source", source,
                "status", Integer.toString(status)).increment();
    }

    public void httpFailure(String source, Throwable error) {
        counter("tenderwatch.fetcher.http.failures", "requests that got no HTTP response", "source", source,
                "error", error.getClass().getSimpleName()).increment();
    }

    public void rateLimitWait(String source, Duration wait) {
        counter("tenderwatch.fetcher.rate.limit.waits", "waits the source asked for by rate limiting", "source", source).increment();
        counter("tenderwatch.fetcher.rate.limit.wait.seconds", "time spent waiting on rate limits", "source", source)
                .increment(wait.toMillis() / 1000.0);
    }

    public void deadLetter(String source, String reason) {
        counter("tenderwatch.fetcher.dead.letters", "input kept as a dead letter instead of published",
                "source", source, "reason", reason).increment();
    }

    public void workerFailed(String worker, Throwable error) {
        counter("tenderwatch.fetcher.worker.failures", "runs of a poller or the backfill that ended in an exception or error",
                "worker", worker, "error", error.getClass().getSimpleName()).increment();
    }

    public void windowFailed(String source) {
        counter("tenderwatch.fetcher.window.failures", "windows that could not be read completely", "source", source).increment();
    }

    /** How long a window took from its first request to the last release acknowledged, successful or not. */
    public Timer windowTimer(String source) {
        return Timer.builder("tenderwatch.fetcher.window.duration")
                .description("time to read a window's pages and publish its releases")
                .tag("source", source)
                .register(registry);
    }

    /** The live checkpoint of a source, exposed as its age in seconds behind now. */
    public void checkpoint(String source, Instant windowEnd) {
        checkpoints.computeIfAbsent(source, name -> {
            AtomicReference<Instant> holder = new AtomicReference<>(windowEnd);
            Gauge.builder("tenderwatch.fetcher.checkpoint.age", holder,
                            h -> Duration.between(h.get(), clock.instant()).toMillis() / 1000.0)
                    .description("how far the live checkpoint is behind now")
                    .baseUnit("seconds")
                    .tag("source", name)
                    .register(registry);
            return holder;
        }).set(windowEnd);
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }
}
