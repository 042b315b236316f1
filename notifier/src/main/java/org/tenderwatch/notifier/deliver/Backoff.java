package org.tenderwatch.notifier.deliver;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries from many deliveries spread out. */
final class Backoff {

    private Backoff() {
    }

    static Duration after(int attempts, Duration initial, Duration max) {
        int exponent = Math.max(0, Math.min(attempts - 1, 30));
        long capped = Math.min(max.toMillis(), initial.toMillis() * (1L << exponent));
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
