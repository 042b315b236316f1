package org.tenderwatch.tracker.intake;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the intake is making progress: since when it has been waiting for the database, and the failure that
 * stopped it if one could not be recovered from. Read by {@link IntakeHealth}.
 */
@Singleton
class IntakeState {

    record Stuck(Instant since, String reason) {
    }

    private final AtomicReference<Stuck> waitingForDatabase = new AtomicReference<>();
    private final AtomicReference<Stuck> stopped = new AtomicReference<>();
    private final Clock clock;

    IntakeState(Clock clock) {
        this.clock = clock;
    }

    void waitingForDatabase(String reason) {
        waitingForDatabase.compareAndSet(null, new Stuck(clock.instant(), reason));
    }

    void progressing() {
        waitingForDatabase.set(null);
    }

    void stopped(String reason) {
        stopped.set(new Stuck(clock.instant(), reason));
    }

    /** Why the intake is not working, or null when it is (or has waited for the database less than {@code grace}). */
    @Nullable String problem(Duration grace) {
        Stuck stop = stopped.get();
        if (stop != null) {
            return "intake stopped at " + stop.since() + ": " + stop.reason();
        }
        Stuck waiting = waitingForDatabase.get();
        if (waiting != null && waiting.since().plus(grace).isBefore(clock.instant())) {
            return "database unreachable since " + waiting.since() + ": " + waiting.reason();
        }
        return null;
    }
}
