package org.tenderwatch.fetcher.deadletter;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;
import org.tenderwatch.ocds.StorableText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;

/**
 * Keeps input that cannot be published: whole in the dead_letter table, and on {@code notices.fetched.v1.dlq}
 * for whoever watches the stream. A payload already kept (a re-read window) is not kept or counted again.
 */
@Singleton
public class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterRepository table;
    private final Producer<String, String> producer;
    private final JsonMapper json;
    private final FetcherMetrics metrics;
    private final DeadLetterTopic topic;

    DeadLetters(DeadLetterRepository table, @KafkaClient("fetcher") Producer<String, String> producer, JsonMapper json,
                FetcherMetrics metrics, DeadLetterTopic topic) {
        this.table = table;
        this.producer = producer;
        this.json = json;
        this.metrics = metrics;
        this.topic = topic;
    }

    /** @param letter built by the fetcher's DeadLetterFactory, about its source */
    public void keep(DeadLetter letter) {
        String source = letter.source();
        String reason = letter.kind().label();
        String hash = sha256(letter.payload());
        // A NUL in a page once made this insert fail on every poll; what PostgreSQL and JSON readers cannot hold is
        // kept as visible escapes, the rest exactly as read.
        String url = StorableText.escaped(letter.url());
        String ocid = StorableText.escaped(letter.ocid());
        String releaseId = StorableText.escaped(letter.releaseId());
        String error = StorableText.escaped(letter.error());
        String payload = StorableText.escaped(letter.payload());
        long added = table.insertIfNew(source, reason, url, ocid, releaseId, error, payload, hash);
        if (added == 0) {
            LOG.debug("{}: already kept as a dead letter ({}), release {} from {}", source, reason, releaseId, url);
            return;
        }
        LOG.warn("{}: dead letter ({}) release {} from {}: {}", source, reason, releaseId, url, error);
        metrics.deadLetter(source, reason);
        DeadLetter onTopic = letter.about(source, ocid, releaseId).from(url).withErrorAndPayload(error, onTopic(payload));
        String key = ocid != null ? ocid : url != null ? url : source;
        topic.ensure();
        try {
            producer.send(new ProducerRecord<>(topic.name(), key, json.writeValueAsString(onTopic))).get();
        } catch (IOException | ExecutionException e) {
            // The row above already keeps the payload; the topic copy is for watchers, so a failure here is logged, not fatal.
            LOG.error("{}: dead letter kept in the table but not sent to {}: {}", source, topic.name(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The topic has a record-size limit; the table keeps the whole payload. */
    private String onTopic(String payload) {
        int limit = topic.maxPayloadChars();
        return payload.length() <= limit ? payload
                : payload.substring(0, limit) + "… [cut at " + limit + " of " + payload.length() + " characters; whole in dead_letter]";
    }

    private static String sha256(String payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
