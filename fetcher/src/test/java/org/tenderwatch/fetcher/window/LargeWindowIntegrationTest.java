package org.tenderwatch.fetcher.window;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.fetcher.support.ForkedFetcher;
import org.tenderwatch.fetcher.support.GeneratedSourceServer;
import org.tenderwatch.fetcher.support.RecordedData;
import org.tenderwatch.fetcher.support.RunningFetcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One window of 100,000 releases (about 1 GB of notices) read by a fetcher whose heap is 128 MB: every release
 * reaches the topic once, and each procurement's releases in date order, though the source pages newest first.
 */
class LargeWindowIntegrationTest {

    private static final int RELEASES = Integer.getInteger("tenderwatch.large-window.releases", 100_000);
    private static final int PROCUREMENTS = RELEASES / 4;

    @Test
    void publishesAWindowFarLargerThanTheHeapOnceAndInOrderPerOcid() throws Exception {
        List<String> recorded = new ArrayList<>(RecordedData.releases("find-a-tender"));
        recorded.addAll(RecordedData.releases("contracts-finder"));
        Instant start = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
        try (GeneratedSourceServer source = GeneratedSourceServer.serving(recorded, RELEASES, PROCUREMENTS, start);
             Topic topic = new Topic((String) properties.get("fetcher.publish.topic"), source)) {
            properties.put("fetcher.sources.find-a-tender.enabled", true);
            properties.put("fetcher.sources.find-a-tender.base-url", source.findATenderUrl());
            properties.put("fetcher.sources.find-a-tender.look-back", "4d");
            properties.put("fetcher.sources.find-a-tender.window-size", "3650d");
            long began = System.nanoTime();
            try (ForkedFetcher fetcher = ForkedFetcher.start(properties, "128m", Path.of("target", "large-window-fetcher.log"))) {
                await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(500))
                        .until(() -> topic.read() >= RELEASES || !fetcher.alive());
                long seconds = Duration.ofNanos(System.nanoTime() - began).toSeconds();
                // A second copy of anything would arrive meanwhile.
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> topic.read() == RELEASES);

                assertThat(topic.duplicates).as("releases published twice").isEmpty();
                assertThat(topic.outOfOrder).as("releases behind a newer one of their procurement").isEmpty();
                assertThat(topic.ids).hasSize(RELEASES);
                assertThat(health(fetcher)).as("the fetcher's liveness after the window").isEqualTo(200);
                System.out.printf("large window: %d releases in %d s, fetcher peak RSS %d MB (heap -Xmx128m)%n",
                        RELEASES, seconds, fetcher.peakRssKb() / 1024);
            }
        }
    }

    private static int health(ForkedFetcher fetcher) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fetcher.url() + "/health/liveness")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Reads the topic as it fills, keeping only ids and each procurement's last place, not the notices. */
    private static final class Topic implements AutoCloseable {

        private static final JsonFactory JSON = new JsonFactory();

        private final KafkaConsumer<String, String> consumer;
        private final GeneratedSourceServer source;
        private final Set<String> ids = new HashSet<>();
        private final Map<String, Integer> lastSequence = new HashMap<>();
        private final List<String> duplicates = new ArrayList<>();
        private final List<String> outOfOrder = new ArrayList<>();

        Topic(String name, GeneratedSourceServer source) {
            this.source = source;
            this.consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfrastructure.kafka().bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
                    new StringDeserializer(), new StringDeserializer());
            consumer.subscribe(List.of(name));
        }

        /** Reads on until the topic has nothing more for now; returns how many notices were read in all. */
        int read() {
            ConsumerRecords<String, String> records;
            do {
                records = consumer.poll(Duration.ofMillis(500));
                records.forEach(this::check);
            } while (!records.isEmpty());
            return ids.size() + duplicates.size();
        }

        private void check(ConsumerRecord<String, String> record) {
            String id = releaseId(record.value());
            if (!ids.add(id)) {
                duplicates.add(id);
            }
            int sequence = source.sequence(id);
            Integer before = lastSequence.put(record.key(), sequence);
            if (before != null && before > sequence) {
                outOfOrder.add(record.key() + ": " + id + " after release " + before);
            }
        }

        private static String releaseId(String notice) {
            try (JsonParser parser = JSON.createParser(notice)) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if ("releaseId".equals(field)) {
                        return parser.getText();
                    }
                    parser.skipChildren();
                }
                throw new IllegalStateException("notice without releaseId");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
