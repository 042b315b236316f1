package org.tenderwatch.notifier.intake;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.Topics;
import org.tenderwatch.notifier.matching.Match;
import org.tenderwatch.notifier.matching.Matcher;
import org.tenderwatch.notifier.metrics.NotifierMetrics;
import org.tenderwatch.notifier.mute.Silenced;
import org.tenderwatch.notifier.mute.Silencer;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

/** Parses one classified notice, matches it and records its alerts; input it cannot use is dead-lettered, never dropped. */
@Singleton
class NoticeIntake {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeIntake.class);
    static final int MAX_ID_LENGTH = 300;

    private final ObjectMapper json;
    private final Matcher matcher;
    private final AlertRecorder recorder;
    private final DeadLetters deadLetters;
    private final TransactionOperations<Connection> tx;
    private final NotifierMetrics metrics;
    private final UntilTheDatabaseAnswers untilTheDatabaseAnswers;
    private final Silencer silencer;

    NoticeIntake(ObjectMapper json, Matcher matcher, AlertRecorder recorder, DeadLetters deadLetters,
                 TransactionOperations<Connection> tx, NotifierMetrics metrics, UntilTheDatabaseAnswers untilTheDatabaseAnswers,
                 Silencer silencer) {
        this.silencer = silencer;
        this.untilTheDatabaseAnswers = untilTheDatabaseAnswers;
        this.json = json;
        this.matcher = matcher;
        this.recorder = recorder;
        this.deadLetters = deadLetters;
        this.tx = tx;
        this.metrics = metrics;
    }

    void accept(String key, String payload) {
        NoticeClassified notice;
        String storable;
        try {
            StorableJson.Cleaned cleaned = StorableJson.clean(payload == null ? "null" : payload);
            storable = cleaned.json();
            notice = json.readValue(storable, NoticeClassified.class);
            requireUsable(notice);
            if (cleaned.changed()) {
                cleaned.anomalies().forEach((anomaly, count) -> metrics.valuesCleaned(anomaly.name().toLowerCase(java.util.Locale.ROOT), count));
                LOG.warn("Classified notice with key {} carried values the database cannot hold, replaced: {}", key, cleaned.anomalies());
            }
        } catch (IOException | RuntimeException e) {
            deadLetter(key, payload, "unreadable classified notice: " + e.getMessage());
            return;
        }
        AlertRecorder.Recorded recorded;
        Silenced[] silenced = {Silenced.nobody()};
        try {
            // Matching may first reload subscriptions from the database, so it waits out an outage too.
            recorded = untilTheDatabaseAnswers.get(() -> {
                silenced[0] = silencer.of(notice);
                List<Match> matches = silenced[0].without(matcher.match(notice));
                return recorder.record(notice, storable, matches, silenced[0]::skips);
            });
        } catch (RuntimeException e) {
            String refusal = DataErrors.refusal(e);
            if (refusal == null) {
                throw e;
            }
            // The same notice would be refused again on every retry: an outage is waited out, a data error is not.
            deadLetter(key, payload, "the database refused a value of the notice: " + refusal);
            return;
        }
        metrics.alertsRecorded(recorded.matches(), recorded.updates());
        silencer.count(silenced[0]);
        LOG.debug("Release {} of {}: {} new alerts, {} updates", notice.notice().releaseId(), notice.notice().ocid(),
                recorded.matches(), recorded.updates());
    }

    /** Kept on the dead-letter topic first: when the database is what failed, the topic still holds the record. */
    void deadLetter(String key, String payload, String error) {
        LOG.warn("Dead-lettering classified notice with key {}: {}", key, error);
        metrics.noticeRejected();
        String body = payload == null ? "" : payload;
        deadLetters.send(key, new DeadLetter("notifier", null, null, key, null, error, body, Instant.now()));
        try {
            tx.executeWrite(status -> {
                try (PreparedStatement ps = status.getConnection().prepareStatement(
                        "insert into dead_letter (topic, record_key, error, payload) values (?, ?, ?, ?)")) {
                    ps.setString(1, Topics.NOTICES_CLASSIFIED);
                    // The topic keeps the record as it came; the table keeps what PostgreSQL can hold of it.
                    ps.setString(2, key == null ? null : key.replace('\u0000', '\uFFFD'));
                    ps.setString(3, error.replace('\u0000', '\uFFFD'));
                    ps.setString(4, body.replace('\u0000', '\uFFFD'));
                    return ps.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Dead letter for key {} is on {} but could not be stored in the dead_letter table", key,
                    Topics.NOTICES_CLASSIFIED_DLQ, e);
        }
    }

    private static void requireUsable(NoticeClassified notice) {
        if (notice.notice() == null || blank(notice.notice().ocid()) || blank(notice.notice().releaseId())) {
            throw new IllegalArgumentException("notice, notice.ocid and notice.releaseId are required");
        }
        // Both are keys of indexed columns, whose entries PostgreSQL limits to about 2.7 kB; real ones are short.
        if (notice.notice().ocid().length() > MAX_ID_LENGTH || notice.notice().releaseId().length() > MAX_ID_LENGTH) {
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
