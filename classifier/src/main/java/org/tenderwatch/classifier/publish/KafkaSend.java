package org.tenderwatch.classifier.publish;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.util.concurrent.ExecutionException;

/** Sends one record and waits for the broker's acknowledgement: the caller commits its offset only afterwards. */
final class KafkaSend {

    private KafkaSend() {
    }

    static void acknowledged(Producer<String, String> producer, String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish " + key + " to " + topic + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + key + " to " + topic, e);
        }
    }
}
