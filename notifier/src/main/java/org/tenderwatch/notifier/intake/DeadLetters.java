package org.tenderwatch.notifier.intake;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.notifier.metrics.NotifierMetrics;

import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * Keeps classified notices the notifier could not process: on the dead-letter topic first (when the database is what
 * failed, the topic still holds the record), then in the dead_letter table. The letter's OCID is the record's key.
 */
@Singleton
class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterTopic topic;
    private final TransactionOperations<Connection> tx;
    private final NotifierMetrics metrics;
    private final IntakeSettings settings;

    DeadLetters(DeadLetterTopic topic, TransactionOperations<Connection> tx, NotifierMetrics metrics, IntakeSettings settings) {
        this.topic = topic;
        this.tx = tx;
        this.metrics = metrics;
        this.settings = settings;
    }

    void keep(DeadLetter letter) {
        String key = letter.ocid();
        LOG.warn("Dead-lettering classified notice with key {} ({}): {}", key, letter.kind(), letter.error());
        metrics.noticeRejected();
        topic.send(key, letter);
        try {
            tx.executeWrite(status -> {
                try (PreparedStatement ps = status.getConnection().prepareStatement(
                        "insert into dead_letter (topic, record_key, error, payload) values (?, ?, ?, ?)")) {
                    ps.setString(1, settings.topic());
                    // The topic keeps the record as it came; the table keeps what PostgreSQL can hold of it.
                    ps.setString(2, key == null ? null : key.replace('\u0000', '\uFFFD'));
                    ps.setString(3, letter.error().replace('\u0000', '\uFFFD'));
                    ps.setString(4, letter.payload().replace('\u0000', '\uFFFD'));
                    return ps.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Dead letter for key {} is on {} but could not be stored in the dead_letter table", key,
                    settings.deadLetterTopic(), e);
        }
    }
}
