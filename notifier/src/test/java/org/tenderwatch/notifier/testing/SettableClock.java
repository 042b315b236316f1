package org.tenderwatch.notifier.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The notifier's clock, which a test sets to the moment it needs (the first of next month, for one) and which
 * otherwise runs with the system clock: only in notifiers started with {@code test.clock=settable}.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = "test.clock", value = "settable")
public final class SettableClock extends Clock {

    private final AtomicReference<Instant> fixed;
    private final ZoneId zone;

    @Inject
    SettableClock() {
        this(new AtomicReference<>(), ZoneOffset.UTC);
    }

    private SettableClock(AtomicReference<Instant> fixed, ZoneId zone) {
        this.fixed = fixed;
        this.zone = zone;
    }

    /** From now on the clock says {@code moment}, whatever the time. */
    public void set(Instant moment) {
        fixed.set(moment);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        // The same setting seen from another zone: setting this clock moves that one too.
        return new SettableClock(fixed, other);
    }

    @Override
    public Instant instant() {
        Instant moment = fixed.get();
        return moment == null ? Instant.now() : moment;
    }
}
