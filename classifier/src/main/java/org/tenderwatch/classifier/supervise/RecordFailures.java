package org.tenderwatch.classifier.supervise;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which record each stream thread is on, and how often a record took its thread down. The processor marks the record
 * it starts and clears the mark when it is done; a thread that dies in between leaves the mark for the supervisor,
 * which counts an attempt against that record. Once a record has failed {@code maxAttempts} times, the processor
 * dead-letters it instead of processing it again, so that one record cannot hold its partition.
 */
@Singleton
public class RecordFailures {

    /** Failures kept at most; more would mean records fail everywhere, which the replacement limit stops first. */
    private static final int KEPT = 10_000;

    /** @param where topic, partition and offset, e.g. {@code notices.fetched.v1-2@1234} */
    public record InFlight(String where, @Nullable String key) {
    }

    public record Failure(int attempts, String lastError) {
    }

    private final ThreadLocal<InFlight> inFlight = new ThreadLocal<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final int maxAttempts;

    RecordFailures(SupervisionSettings settings) {
        this.maxAttempts = settings.maxAttempts();
    }

    public void starting(String where, @Nullable String key) {
        inFlight.set(new InFlight(where, key));
    }

    public void finished(String where) {
        inFlight.remove();
        failures.remove(where);
    }

    /** The earlier failures of a record that failed too often to be tried again. */
    public Optional<Failure> givenUp(String where) {
        Failure failure = failures.get(where);
        return failure != null && failure.attempts() >= maxAttempts ? Optional.of(failure) : Optional.empty();
    }

    /**
     * Called on the dying thread: the record it was on, charged with one more failed attempt when the failure is an
     * {@link Error}. Exceptions the processor does not handle itself come from Kafka (a send or a commit the broker did
     * not take): they say nothing against the record, which must not be dead-lettered because the broker was away.
     */
    @Nullable
    InFlight failed(Throwable error) {
        InFlight at = inFlight.get();
        inFlight.remove();
        if (at != null && causedByError(error)) {
            if (failures.size() >= KEPT) {
                failures.clear();
            }
            failures.merge(at.where(), new Failure(1, String.valueOf(error)),
                    (before, now) -> new Failure(before.attempts() + 1, now.lastError()));
        }
        return at;
    }

    private static boolean causedByError(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Error) {
                return true;
            }
        }
        return false;
    }
}
