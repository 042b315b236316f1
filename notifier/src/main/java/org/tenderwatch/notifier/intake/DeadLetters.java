package org.tenderwatch.notifier.intake;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.notifier.metrics.NotifierMetrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.ExecutionException;

/**
 * Keeps classified notices the notifier could not process: on the dead-letter topic first (when the database is what
 * failed, the topic still holds the record), then in the dead_letter table. The letter's OCID is the record's key.
 * <p>
 * The topic is written as every service writes Kafka outside Kafka Streams: the producer Micronaut configures under
 * {@code kafka.producers.notifier-dead-letters} ({@code acks=all}, idempotent), the record's JSON from serde, and the
 * broker's acknowledgement awaited before the letter counts as kept.
 */
@Singleton
class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final Producer<String, String> producer;
    private final ObjectMapper json;
    private final TransactionOperations<Connection> tx;
    private final NotifierMetrics metrics;
    private final IntakeSettings settings;

    DeadLetters(@KafkaClient("notifier-dead-letters") Producer<String, String> producer, ObjectMapper json,
                TransactionOperations<Connection> tx, NotifierMetrics metrics, IntakeSettings settings) {
        this.producer = producer;
        this.json = json;
        this.tx = tx;
        this.metrics = metrics;
        this.settings = settings;
    }

    void keep(DeadLetter letter) {
        String key = letter.ocid();
        LOG.warn("Dead-lettering classified notice with key {} ({}): {}", key, letter.kind(), letter.error());
        metrics.noticeRejected();
        send(key, letter);
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

    private void send(String key, DeadLetter letter) {
        try {
            producer.send(new ProducerRecord<>(settings.deadLetterTopic(), key, json.writeValueAsString(letter))).get();
        } catch (IOException e) {
            throw new UncheckedIOException("a dead letter could not be written as JSON", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the dead-letter topic " + settings.deadLetterTopic() + " refused a letter: "
                    + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the dead-letter topic acknowledged a letter", e);
        }
    }
}
