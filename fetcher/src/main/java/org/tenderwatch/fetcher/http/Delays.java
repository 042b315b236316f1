package org.tenderwatch.fetcher.http;


import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before the next try: what the source asked for (Retry-After, or its documented rate-limit
 * pause), else exponential backoff with jitter so that restarts do not retry in lockstep.
 */
final class Delays {

    private final RatePolicy settings;
    private final HttpSettings http;
    private final Clock clock;

    Delays(RatePolicy settings, HttpSettings http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    boolean rateLimited(int status) {
        return settings.rateLimitStatusesOrNone().contains(status);
    }

    Duration before(HttpResponse<String> lastResponse, int attemptsSoFar) {
        if (lastResponse != null) {
            var retryAfter = RetryAfter.parse(lastResponse.headers().firstValue("Retry-After").orElse(null), clock.instant());
            if (retryAfter.isPresent()) {
                return min(retryAfter.get(), http.maxRetryAfter());
            }
            if (rateLimited(lastResponse.statusCode())) {
                return withJitterAbove(settings.rateLimitWait());
            }
        }
        return backoff(attemptsSoFar);
    }

    private Duration backoff(int attemptsSoFar) {
        long base = http.backoff().toMillis();
        long ceiling = http.maxBackoff().toMillis();
        long exponential = base << Math.min(Math.max(attemptsSoFar - 1, 0), 20);
        long capped = Math.min(exponential, ceiling);
        // "Equal jitter": at least half the backoff, so the wait still grows, but never two clients in step.
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /** The documented pause is a minimum: add up to a tenth on top, never take from it. */
    private static Duration withJitterAbove(Duration wait) {
        long millis = wait.toMillis();
        return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(millis / 10 + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
