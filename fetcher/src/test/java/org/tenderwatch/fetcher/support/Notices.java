package org.tenderwatch.fetcher.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads notices off the topic as plain JSON, the way a consumer in another language would. */
public final class Notices {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Notices() {
    }

    public static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> releaseIds(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> json(r).path("releaseId").asText()).toList();
    }

    public static String releaseId(String releaseText) {
        try {
            return JSON.readTree(releaseText).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
