package org.tenderwatch.tracker.testing;

import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.events.NoticeClassified;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Produces classified notices to the real broker, as the classifier would: JSON, keyed by OCID. */
public final class Publisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final ObjectMapper json;
    private final String topic;

    public Publisher(String topic, ObjectMapper json) {
        this.topic = topic;
        this.json = json;
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", SharedTestInfrastructure.kafka().bootstrapServers(),
                "acks", "all"), new StringSerializer(), new StringSerializer());
    }

    public void publish(NoticeClassified notice) {
        try {
            send(notice.notice().ocid(), json.writeValueAsString(notice));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void send(String key, String payload) {
        try {
            producer.send(new ProducerRecord<>(topic, key, payload)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
