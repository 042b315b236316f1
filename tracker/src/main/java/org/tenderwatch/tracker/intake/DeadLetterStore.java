package org.tenderwatch.tracker.intake;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.events.Topics;
import org.tenderwatch.management.UntilTheDatabaseAnswers;
import org.tenderwatch.tracker.metrics.TrackerMetrics;

import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * Input the tracker could not record, kept whole in its database with the reason, for a person to look at. The
 * letter's OCID is the record's key. While the database cannot be reached the letter waits, as a release would.
 */
@Singleton
class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final TransactionOperations<Connection> tx;
    private final UntilTheDatabaseAnswers untilTheDatabaseAnswers;
    private final TrackerMetrics metrics;
    private final String topic;

    DeadLetters(TransactionOperations<Connection> tx, UntilTheDatabaseAnswers untilTheDatabaseAnswers, TrackerMetrics metrics,
                @Value("${tracker.intake.topic:" + Topics.NOTICES_CLASSIFIED + "}") String topic) {
        this.tx = tx;
        this.untilTheDatabaseAnswers = untilTheDatabaseAnswers;
        this.metrics = metrics;
        this.topic = topic;
    }

    void keep(DeadLetter letter) {
        String key = letter.ocid();
        LOG.warn("Dead-lettering classified notice with key {} ({}): {}", key, letter.kind(), letter.error());
        metrics.deadLettered();
        untilTheDatabaseAnswers.get(() -> tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "insert into dead_letter (topic, record_key, error, payload) values (?, ?, ?, ?)")) {
                ps.setString(1, topic);
                ps.setString(2, key == null ? null : key.replace("\u0000", ""));
                ps.setString(3, letter.error().replace("\u0000", ""));
                // NUL cannot be stored in text; escaped, the payload is still all there.
                ps.setString(4, letter.payload().replace("\u0000", "\\u0000"));
                return ps.executeUpdate();
            }
        }));
    }
}
