package org.tenderwatch.e2e.harness;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one topic holds for this run's notices, read back as any consumer would (committed records only): how many
 * times each notice was published, when first (the broker's append time), and for classifications their category.
 * Kept in arrays indexed by notice, so a run of 100,000 notices holds a few MB here.
 */
final class TopicRecords implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final GeneratedNotices notices;
    private final KafkaConsumer<String, String> consumer;
    private final int[] copies;
    private final long[] firstAt;
    private final long[] lastAt;
    private final String[] category;
    private int distinct;
    private long foreign;

    TopicRecords(String bootstrapServers, String topic, GeneratedNotices notices) {
        this.notices = notices;
        this.copies = new int[notices.count()];
        this.firstAt = new long[notices.count()];
        this.lastAt = new long[notices.count()];
        this.category = new String[notices.count()];
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "harness-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Reads what has arrived since the last call; returns the number of distinct notices seen so far. */
    synchronized int poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
            Read read = read(record.value());
            int n = read.ocid == null ? -1 : notices.indexOf(read.ocid);
            if (n < 0) {
                foreign++;
                continue;
            }
            if (copies[n]++ == 0) {
                distinct++;
                firstAt[n] = record.timestamp();
            }
            lastAt[n] = record.timestamp();
            category[n] = read.category;
        }
        return distinct;
    }

    synchronized int distinct() {
        return distinct;
    }

    /** Notices published more than once: the number of extra copies. */
    synchronized long extraCopies() {
        return Arrays.stream(copies).filter(c -> c > 1).mapToLong(c -> c - 1L).sum();
    }

    synchronized long foreign() {
        return foreign;
    }

    synchronized int copies(int n) {
        return copies[n];
    }

    synchronized long firstAt(int n) {
        return firstAt[n];
    }

    /** The category the last classification gave, or null (possibly relevant notices count as not relevant). */
    synchronized String category(int n) {
        return category[n];
    }

    synchronized long earliest() {
        return Arrays.stream(firstAt).filter(t -> t > 0).min().orElse(0);
    }

    synchronized long latest() {
        return Arrays.stream(lastAt).max().orElse(0);
    }

    /** Reads only the ids and the category, without building the whole notice: a notice carries its release. */
    private static Read read(String value) {
        Read read = new Read();
        boolean possiblyRelevant = false;
        try (JsonParser parser = JSON.createParser(value)) {
            int depth = 0;
            String parent = null;
            String field = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        if (depth == 1 && token == JsonToken.START_OBJECT) {
                            parent = field;
                        }
                        depth++;
                        if (depth > 2) {
                            parser.skipChildren();
                            depth--;
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        if (depth == 1) {
                            parent = null;
                        }
                    }
                    case FIELD_NAME -> field = parser.currentName();
                    default -> {
                        if (depth == 1 && "category".equals(field)) {
                            read.category = parser.getText();
                        } else if (depth == 1 && "possiblyRelevant".equals(field)) {
                            possiblyRelevant = parser.getValueAsBoolean();
                        } else if (depth == 2 && "notice".equals(parent) && "ocid".equals(field)) {
                            read.ocid = parser.getText();
                        } else if (depth == 1 && "ocid".equals(field)) {
                            read.ocid = parser.getText();
                        }
                    }
                }
            }
        } catch (IOException e) {
            return read;
        }
        if (possiblyRelevant) {
            read.category = "not_relevant";
        }
        return read;
    }

    private static final class Read {
        String ocid;
        String category;
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
