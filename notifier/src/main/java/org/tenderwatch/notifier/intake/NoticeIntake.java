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

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

/** Parses one classified notice, matches it and records its alerts; input it cannot use is dead-lettered, never dropped. */
@Singleton
class NoticeIntake {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeIntake.class);

    private final ObjectMapper json;
    private final Matcher matcher;
    private final AlertRecorder recorder;
    private final DeadLetters deadLetters;
    private final TransactionOperations<Connection> tx;
    private final NotifierMetrics metrics;
    private final UntilTheDatabaseAnswers untilTheDatabaseAnswers;

    NoticeIntake(ObjectMapper json, Matcher matcher, AlertRecorder recorder, DeadLetters deadLetters,
                 TransactionOperations<Connection> tx, NotifierMetrics metrics, UntilTheDatabaseAnswers untilTheDatabaseAnswers) {
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
        try {
            notice = json.readValue(payload, NoticeClassified.class);
            requireUsable(notice);
        } catch (IOException | RuntimeException e) {
            deadLetter(key, payload, "unreadable classified notice: " + e.getMessage());
            return;
        }
        // Matching may first reload subscriptions from the database, so it waits out an outage too.
        AlertRecorder.Recorded recorded = untilTheDatabaseAnswers.get(() -> {
            List<Match> matches = matcher.match(notice);
            return recorder.record(notice, payload, matches);
        });
        metrics.alertsRecorded(recorded.matches(), recorded.updates());
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
                    ps.setString(2, key);
                    ps.setString(3, error);
                    ps.setString(4, body);
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
        if (notice.category() == null || notice.stage() == null) {
            throw new IllegalArgumentException("category and stage are required");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
