package org.tenderwatch.fetcher.publish;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    private final JsonMapper json;

    NoticeProducer(@KafkaClient("fetcher") Producer<String, String> producer, JsonMapper json) {
        this.producer = producer;
        this.json = json;
    }

    /** What the broker acknowledged: the leading run of the notices given, and why the rest were not. */
    record Sent(List<NoticeFetched> acknowledged, Throwable failure) {
    }

    Sent send(List<NoticeFetched> notices) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(notices.size());
        for (NoticeFetched notice : notices) {
            sent.add(producer.send(new ProducerRecord<>(Topics.NOTICES_FETCHED, notice.ocid(), write(notice))));
        }
        List<NoticeFetched> acknowledged = new ArrayList<>(notices.size());
        Throwable failure = null;
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get();
                acknowledged.add(notices.get(i));
            } catch (ExecutionException e) {
                failure = e.getCause();
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
                break;
            }
        }
        return new Sent(acknowledged, failure);
    }

    private String write(NoticeFetched notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write notice " + notice.releaseId() + " as JSON", e);
        }
    }
}
