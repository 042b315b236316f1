package org.tenderwatch.classifier.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** Keeps what could not be classified, whole and with the reason, on the dead-letter topic; counts and logs it. */
@Singleton
public class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    static final String STAGE = "classifier";

    private final Producer<String, String> producer;
    private final JsonMapper json;
    private final String topic;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();
    private final AcknowledgedSend send;

    DeadLetters(@KafkaClient("classifier") Producer<String, String> producer, JsonMapper json, PublishSettings settings,
                MeterRegistry meters, AcknowledgedSend send) {
        this.producer = producer;
        this.send = send;
        this.json = json;
        this.topic = settings.deadLetterTopic();
        this.meters = meters;
    }

    /**
     * @param kind short, fixed reason for the metric tag: invalid-json, invalid-notice, classifier-error, gave-up
     */
    public void send(String kind, @Nullable String key, @Nullable String source, @Nullable String ocid,
                     @Nullable String releaseId, String error, @Nullable String payload) {
        DeadLetter letter = new DeadLetter(STAGE, source, null, ocid, releaseId, error, payload == null ? "" : payload,
                clock.instant());
        String value;
        try {
            value = json.writeValueAsString(letter);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write dead letter for " + key, e);
        }
        send.send(producer, topic, ocid != null ? ocid : key, value);
        Counter.builder("tenderwatch.classifier.dead.letters").description("fetched notices kept as dead letters, by reason")
                .tag("reason", kind).register(meters).increment();
        LOG.warn("dead-lettered {} (key {}, release {}): {}", kind, key, releaseId, error);
    }
}
