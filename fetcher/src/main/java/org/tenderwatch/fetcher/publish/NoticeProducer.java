package org.tenderwatch.fetcher.publish;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Sends notices keyed by OCID with the idempotent, acks=all producer configured under {@code kafka.producers.fetcher};
 * one producer sending in order keeps each OCID's releases in order on its partition.
 */
@Singleton
class NoticeProducer {

    private final Producer<String, String> producer;
    private final String topic;
    private final PublishTopics topics;

    NoticeProducer(@KafkaClient("fetcher") Producer<String, String> producer, PublishSettings settings, PublishTopics topics) {
        this.producer = producer;
        this.topic = settings.topic();
        this.topics = topics;
    }

    /** What the broker acknowledged: the leading run of the notices given, why the rest were not, and whether we were asked to stop meanwhile. */
    record Sent(List<SpooledNotice> acknowledged, Throwable failure, boolean interrupted) {
    }

    Sent send(List<SpooledNotice> notices) {
        if (!notices.isEmpty()) {
            topics.ensure();
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>(notices.size());
        for (SpooledNotice notice : notices) {
            sent.add(producer.send(new ProducerRecord<>(topic, notice.ocid(), notice.json())));
        }
        List<SpooledNotice> acknowledged = new ArrayList<>(notices.size());
        Throwable failure = null;
        boolean interrupted = false;
        for (int i = 0; i < sent.size() && failure == null; i++) {
            // Waits for the broker's answer even when asked to stop: records already sent must be recorded as
            // published, or a restart would send them a second time. delivery.timeout.ms bounds the wait.
            while (true) {
                try {
                    sent.get(i).get();
                    acknowledged.add(notices.get(i));
                    break;
                } catch (ExecutionException e) {
                    failure = e.getCause();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        return new Sent(acknowledged, failure, interrupted);
    }
}
