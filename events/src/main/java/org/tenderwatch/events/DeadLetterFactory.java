package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;

import java.time.Clock;
import java.util.Objects;

/** Builds one stage's dead letters, stamped with the stage's name and the time on its clock. */
public final class DeadLetterFactory {

    private final String stage;
    private final Clock clock;

    public DeadLetterFactory(String stage, Clock clock) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A letter about nothing known yet but its kind, the error and the input; a missing input is kept as empty. */
    public DeadLetter letter(DeadLetterKind kind, String error, @Nullable String payload) {
        return new DeadLetter(stage, null, null, null, null, Objects.requireNonNull(error, "error"),
                payload == null ? "" : payload, clock.instant(), Objects.requireNonNull(kind, "kind"));
    }
}
