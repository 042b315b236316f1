package org.tenderwatch.fetcher.publish;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.core.annotation.Nullable;
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
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
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
    private final PublishSettings settings;
    private final Clock clock;
    private final PublishTopics topics;

    DeadLetters(DeadLetterRepository table, @KafkaClient("fetcher") Producer<String, String> producer, JsonMapper json,
                FetcherMetrics metrics, PublishSettings settings, Clock clock, PublishTopics topics) {
        this.table = table;
        this.producer = producer;
        this.json = json;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
        this.topics = topics;
    }

    public void keep(String source, Reason reason, @Nullable String url, @Nullable String ocid, @Nullable String releaseId,
                     String error, String payload) {
        String hash = sha256(payload);
        // A NUL in a page once made this insert fail on every poll; what PostgreSQL and JSON readers cannot hold is
        // kept as visible escapes, the rest exactly as read.
        url = StorableText.escaped(url);
        ocid = StorableText.escaped(ocid);
        releaseId = StorableText.escaped(releaseId);
        error = StorableText.escaped(error);
        payload = StorableText.escaped(payload);
        long added = table.insertIfNew(source, reason.label(), url, ocid, releaseId, error, payload, hash);
        if (added == 0) {
            LOG.debug("{}: already kept as a dead letter ({}), release {} from {}", source, reason.label(), releaseId, url);
            return;
        }
        LOG.warn("{}: dead letter ({}) release {} from {}: {}", source, reason.label(), releaseId, url, error);
        metrics.deadLetter(source, reason.label());
        DeadLetter letter = new DeadLetter("fetcher", source, url, ocid, releaseId, error, onTopic(payload), clock.instant());
        String key = ocid != null ? ocid : url != null ? url : source;
        topics.ensure();
        try {
            producer.send(new ProducerRecord<>(settings.deadLetterTopic(), key, json.writeValueAsString(letter))).get();
        } catch (IOException | ExecutionException e) {
            // The row above already keeps the payload; the topic copy is for watchers, so a failure here is logged, not fatal.
            LOG.error("{}: dead letter kept in the table but not sent to {}: {}", source, settings.deadLetterTopic(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The topic has a record-size limit; the table keeps the whole payload. */
    private String onTopic(String payload) {
        int limit = settings.maxReleaseChars();
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

    /** Why input became a dead letter: the {@code reason} tag of the metric. */
    public enum Reason {
        MALFORMED_PAGE, MALFORMED_RELEASE, INVALID_RELEASE, OVERSIZED_RELEASE, DUPLICATE_RELEASE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
