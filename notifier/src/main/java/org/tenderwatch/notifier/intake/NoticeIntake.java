package org.tenderwatch.notifier.intake;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import io.micronaut.context.annotation.Value;
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
import org.tenderwatch.notifier.matching.Matcher;
import org.tenderwatch.notifier.metrics.NotifierMetrics;
import org.tenderwatch.notifier.mute.Silenced;
import org.tenderwatch.notifier.mute.Silencer;

import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the classified notices of a poll, matches them and records their alerts in one transaction; input it cannot
 * use is dead-lettered, never dropped. When the poll's transaction fails for a reason other than a database outage,
 * the poll is recorded again one notice per transaction, so one bad notice costs only itself.
 */
@Singleton
class NoticeIntake {

    /** A record as consumed: its key and its value, either of which may be missing. */
    record Received(@Nullable String key, @Nullable String payload) {
    }

    private record Readable(@Nullable String key, @Nullable String payload, NoticeClassified notice, String storable) {
    }

    private record Done(NoticeClassified notice, AlertRecorder.Recorded recorded, Silenced silenced) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(NoticeIntake.class);
    static final int MAX_ID_LENGTH = 300;

    private final ObjectMapper json;
    private final Matcher matcher;
    private final AlertRecorder recorder;
    private final TransactionOperations<Connection> tx;
    private final DeadLetters deadLetters;
    private final DeadLetterFactory letters;
    private final NotifierMetrics metrics;
    private final UntilTheDatabaseAnswers untilTheDatabaseAnswers;
    private final Silencer silencer;
    // A notice on its own is retried as the listener retried each one before polls were one transaction (five times,
    // doubling from the retry delay): a value the database refuses is dead-lettered at once, these are for the unforeseen.
    private final RetryPolicy<Object> aloneRetries;

    NoticeIntake(ObjectMapper json, Matcher matcher, AlertRecorder recorder, TransactionOperations<Connection> tx,
                 DeadLetters deadLetters, DeadLetterFactory letters, NotifierMetrics metrics,
                 UntilTheDatabaseAnswers untilTheDatabaseAnswers, Silencer silencer,
                 @Value("${notifier.intake.retry-delay:1s}") Duration retryDelay) {
        this.silencer = silencer;
        this.untilTheDatabaseAnswers = untilTheDatabaseAnswers;
        this.json = json;
        this.matcher = matcher;
        this.recorder = recorder;
        this.tx = tx;
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.metrics = metrics;
        this.aloneRetries = RetryPolicy.builder()
                .handleIf(failure -> !UntilTheDatabaseAnswers.databaseUnreachable(failure) && DataErrors.refusal(failure) == null)
                .withBackoff(retryDelay, retryDelay.multipliedBy(16))
                .withMaxRetries(5)
                .build();
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
        List<Done> done;
        try {
            // The recorder's transaction joins this one: the whole poll's alerts and outbox rows commit once, or not at all.
            done = untilTheDatabaseAnswers.get(() -> tx.executeWrite(status -> record(readable)));
        } catch (RuntimeException e) {
            metrics.pollRecordedAlone();
            LOG.warn("a poll of {} notices could not be recorded as one transaction ({}); recording them one at a time",
                    readable.size(), e.toString());
            readable.forEach(this::recordAlone);
            return;
        }
        done.forEach(NoticeIntake.this::counted);
    }

    private List<Done> record(List<Readable> notices) {
        // Matching may first reload subscriptions from the database, so it waits out an outage with the recording.
        List<Silenced> silenced = new ArrayList<>(notices.size());
        List<AlertRecorder.Recording> recordings = new ArrayList<>(notices.size());
        for (Readable notice : notices) {
            Silenced those = silencer.of(notice.notice());
            silenced.add(those);
            recordings.add(new AlertRecorder.Recording(notice.notice(), notice.storable(),
                    those.without(matcher.match(notice.notice())), those::skips));
        }
        List<AlertRecorder.Recorded> recorded = recorder.recordAll(recordings);
        List<Done> done = new ArrayList<>(notices.size());
        for (int i = 0; i < notices.size(); i++) {
            done.add(new Done(notices.get(i).notice(), recorded.get(i), silenced.get(i)));
        }
        return done;
    }

    private void recordAlone(Readable notice) {
        Done done;
        try {
            done = Failsafe.with(aloneRetries).get(() -> untilTheDatabaseAnswers.get(() -> record(List.of(notice)).get(0)));
        } catch (RuntimeException e) {
            Throwable cause = e instanceof FailsafeException && e.getCause() != null ? e.getCause() : e;
            String refusal = DataErrors.refusal(cause);
            if (refusal != null) {
                // The same notice would be refused again on every retry: an outage is waited out, a data error is not.
                deadLetters.keep(letters.letter(DeadLetterKind.REFUSED_BY_DATABASE,
                        "the database refused a value of the notice: " + refusal, notice.payload())
                        .about(notice.notice().notice().source(), notice.key(), notice.notice().releaseId()));
            } else {
                LOG.error("could not record the notice with key {} after retries; dead-lettering it", notice.key(), cause);
                deadLetters.keep(letters.letter(DeadLetterKind.GAVE_UP_AFTER_RETRIES,
                        "gave up after retries: " + cause, notice.payload()).about(null, notice.key(), null));
            }
            return;
        }
        counted(done);
    }

    private void counted(Done done) {
        metrics.alertsRecorded(done.recorded().matches(), done.recorded().updates());
        silencer.count(done.silenced());
        LOG.debug("Release {} of {}: {} new alerts, {} updates", done.notice().releaseId(), done.notice().ocid(),
                done.recorded().matches(), done.recorded().updates());
    }

    private @Nullable Readable read(Received received) {
        String key = received.key();
        String payload = received.payload();
        try {
            StorableJson.Cleaned cleaned = StorableJson.clean(payload == null ? "null" : payload);
            NoticeClassified notice = json.readValue(cleaned.json(), NoticeClassified.class);
            requireUsable(notice);
            if (cleaned.changed()) {
                cleaned.anomalies().forEach((anomaly, count) -> metrics.valuesCleaned(anomaly.name().toLowerCase(Locale.ROOT), count));
                LOG.warn("Classified notice with key {} carried values the database cannot hold, replaced: {}", key, cleaned.anomalies());
            }
            return new Readable(key, payload, notice, cleaned.json());
        } catch (IOException | RuntimeException e) {
            deadLetters.keep(letters.letter(DeadLetterKind.UNREADABLE_NOTICE,
                    "unreadable classified notice: " + e.getMessage(), payload).about(null, key, null));
            return null;
        }
    }

    private static void requireUsable(NoticeClassified notice) {
        if (notice.notice() == null || blank(notice.ocid()) || blank(notice.releaseId())) {
            throw new IllegalArgumentException("notice, notice.ocid and notice.releaseId are required");
        }
        // Both are keys of indexed columns, whose entries PostgreSQL limits to about 2.7 kB; real ones are short.
        if (notice.ocid().length() > MAX_ID_LENGTH || notice.releaseId().length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("notice.ocid and notice.releaseId may be at most " + MAX_ID_LENGTH + " characters");
        }
        if (notice.category() == null || notice.stage() == null) {
            throw new IllegalArgumentException("category and stage are required");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
