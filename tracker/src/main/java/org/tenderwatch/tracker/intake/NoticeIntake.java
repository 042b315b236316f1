package org.tenderwatch.tracker.intake;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetterFactory;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.management.UntilTheDatabaseAnswers;
import org.tenderwatch.tracker.metrics.TrackerMetrics;
import org.tenderwatch.tracker.record.ProcurementRecorder;

import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the classified notices of a poll and records them in one transaction; input it cannot use is dead-lettered
 * with the reason, never dropped. When the poll's transaction fails for a reason other than a database outage, the
 * poll is recorded again one notice per transaction, so one bad notice costs only itself.
 */
@Singleton
class NoticeIntake {

    /** A record as consumed: its key and its value, either of which may be missing. */
    record Received(@Nullable String key, @Nullable String payload) {
    }

    private record Readable(@Nullable String key, String payload, NoticeClassified notice, String stored) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(NoticeIntake.class);

    private final ObjectMapper json;
    private final ProcurementRecorder recorder;
    private final TransactionOperations<Connection> tx;
    private final DeadLetters deadLetters;
    private final DeadLetterFactory letters;
    private final UntilTheDatabaseAnswers untilTheDatabaseAnswers;
    private final TrackerMetrics metrics;
    // A notice on its own is tried as the listener tried each one before polls were one transaction: five retries,
    // from 500 ms doubling, so a passing conflict (a deadlock with another instance) is not taken for bad data.
    private final RetryPolicy<Object> aloneRetries = RetryPolicy.builder()
            .handleIf(failure -> !UntilTheDatabaseAnswers.databaseUnreachable(failure))
            .withBackoff(Duration.ofMillis(500), Duration.ofSeconds(8))
            .withMaxRetries(5)
            .build();

    NoticeIntake(ObjectMapper json, ProcurementRecorder recorder, TransactionOperations<Connection> tx,
                 DeadLetters deadLetters, DeadLetterFactory letters, UntilTheDatabaseAnswers untilTheDatabaseAnswers,
                 TrackerMetrics metrics) {
        this.json = json;
        this.recorder = recorder;
        this.tx = tx;
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.untilTheDatabaseAnswers = untilTheDatabaseAnswers;
        this.metrics = metrics;
    }

    void acceptPoll(List<Received> poll) {
        List<Readable> readable = new ArrayList<>(poll.size());
        for (Received received : poll) {
            Readable notice = read(received);
            if (notice != null) {
                readable.add(notice);
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        List<ProcurementRecorder.Outcome> outcomes;
        try {
            // The recorder's transaction joins this one: the whole poll commits once, or not at all.
            outcomes = untilTheDatabaseAnswers.get(() -> tx.executeWrite(status -> {
                List<ProcurementRecorder.Outcome> each = new ArrayList<>(readable.size());
                for (Readable notice : readable) {
                    each.add(recorder.record(notice.notice(), notice.stored()));
                }
                return each;
            }));
        } catch (RuntimeException e) {
            metrics.pollRecordedAlone();
            LOG.warn("a poll of {} releases could not be recorded as one transaction ({}); recording them one at a time",
                    readable.size(), e.toString());
            readable.forEach(this::recordAlone);
            return;
        }
        for (int i = 0; i < readable.size(); i++) {
            counted(readable.get(i).notice(), outcomes.get(i));
        }
    }

    private void recordAlone(Readable notice) {
        ProcurementRecorder.Outcome outcome;
        try {
            outcome = Failsafe.with(aloneRetries).get(
                    () -> untilTheDatabaseAnswers.get(() -> recorder.record(notice.notice(), notice.stored())));
        } catch (RuntimeException e) {
            Throwable cause = e instanceof FailsafeException && e.getCause() != null ? e.getCause() : e;
            metrics.intakeFailure();
            LOG.error("could not record release {} of {} after retries; dead-lettering it",
                    notice.notice().releaseId(), notice.key(), cause);
            deadLetters.keep(letters.letter(DeadLetterKind.GAVE_UP_AFTER_RETRIES,
                    "gave up after retries: " + cause, notice.payload()).about(null, notice.key(), null));
            return;
        }
        counted(notice.notice(), outcome);
    }

    private void counted(NoticeClassified notice, ProcurementRecorder.Outcome outcome) {
        metrics.releaseRecorded(outcome);
        LOG.debug("Release {} of {}: {}", notice.releaseId(), notice.ocid(), outcome);
    }

    private @Nullable Readable read(Received received) {
        String payload = received.payload();
        try {
            NoticeClassified notice = json.readValue(payload == null ? "" : payload, NoticeClassified.class);
            requireUsable(notice);
            return new Readable(received.key(), payload, notice, WithoutPublishedRelease.of(payload));
        } catch (IOException | RuntimeException e) {
            deadLetters.keep(letters.letter(DeadLetterKind.UNREADABLE_NOTICE,
                    "unreadable classified notice: " + e.getMessage(), payload).about(null, received.key(), null));
            return null;
        }
    }

    private static void requireUsable(NoticeClassified notice) {
        if (notice == null || notice.notice() == null || blank(notice.ocid()) || blank(notice.releaseId())) {
            throw new IllegalArgumentException("notice, notice.ocid and notice.releaseId are required");
        }
        if (notice.category() == null || notice.stage() == null || notice.classifiedAt() == null) {
            throw new IllegalArgumentException("category, stage and classifiedAt are required");
        }
        if (notice.notice().release() == null || notice.notice().fetchedAt() == null || blank(notice.notice().source())) {
            throw new IllegalArgumentException("notice.release, notice.fetchedAt and notice.source are required: the evidence");
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
