package org.tenderwatch.testing;

import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Produces notices to the real broker, as the stage before the service would: JSON, keyed by OCID, acknowledged by all. */
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
        send(notice.notice().ocid(), write(notice));
    }

    public void publish(NoticeFetched notice) {
        send(notice.ocid(), write(notice));
    }

    public void send(String key, String payload) {
        try {
            producer.send(new ProducerRecord<>(topic, key, payload)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish " + key + " to " + topic, e);
        }
    }

    private String write(Object notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
