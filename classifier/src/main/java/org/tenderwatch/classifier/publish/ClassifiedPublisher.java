package org.tenderwatch.classifier.publish;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.tenderwatch.events.NoticeClassified;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Publishes a classified notice keyed by OCID with the acks=all, idempotent producer {@code kafka.producers.classifier}. */
@Singleton
public class ClassifiedPublisher {

    private final Producer<String, String> producer;
    private final JsonMapper json;
    private final String topic;
    private final AcknowledgedSend send;

    ClassifiedPublisher(@KafkaClient("classifier") Producer<String, String> producer, JsonMapper json,
                        PublishSettings settings, AcknowledgedSend send) {
        this.producer = producer;
        this.send = send;
        this.json = json;
        this.topic = settings.topic();
    }

    public void publish(NoticeClassified classified) {
        String value;
        try {
            value = json.writeValueAsString(classified);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write classification of " + classified.notice().releaseId(), e);
        }
        send.send(producer, topic, classified.notice().ocid(), value);
    }
}
