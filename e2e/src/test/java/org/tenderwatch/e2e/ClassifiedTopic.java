package org.tenderwatch.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.tenderwatch.events.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Reads what the classifier published, as any other consumer would, to know which alerts to expect. */
final class ClassifiedTopic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, JsonNode> byRelease = new ConcurrentHashMap<>();

    ClassifiedTopic(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.NOTICES_CLASSIFIED));
    }

    /** Reads what has arrived since the last call; returns how many distinct releases have been classified. */
    int poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            try {
                JsonNode classified = JSON.readTree(record.value());
                byRelease.put(classified.path("notice").path("releaseId").asText(), classified);
            } catch (IOException e) {
                throw new UncheckedIOException("notices.classified.v1 holds a record that is not JSON", e);
            }
        }
        return byRelease.size();
    }

    List<JsonNode> inCategory(String category) {
        return byRelease.values().stream().filter(c -> category.equals(c.path("category").asText())).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
