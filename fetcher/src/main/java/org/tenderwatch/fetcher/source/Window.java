package org.tenderwatch.fetcher.source;

import java.time.Duration;
import java.time.Instant;

/** A half-open span of publication time, [from, to), read as one unit before a checkpoint moves. */
public record Window(Instant from, Instant to) {

    public Window {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("window must start before it ends: " + from + " .. " + to);
        }
    }

    /** The next window after a checkpoint: starting {@code overlap} before it, at most {@code size} long, never past {@code now}. */
    public static Window after(Instant checkpoint, Duration overlap, Duration size, Instant now) {
        Instant from = checkpoint.minus(overlap);
        Instant to = from.plus(size);
        return new Window(from, to.isAfter(now) ? now : to);
    }

    @Override
    public String toString() {
        return from + " .. " + to;
    }
}
