package org.tenderwatch.fetcher.poll;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.embedded.EmbeddedKafka;
import org.tenderwatch.embedded.FreePorts;
import org.tenderwatch.fetcher.support.Database;
import org.tenderwatch.fetcher.support.Fault;
import org.tenderwatch.fetcher.support.Notices;
import org.tenderwatch.fetcher.support.RecordedData;
import org.tenderwatch.fetcher.support.RecordedSourceServer;
import org.tenderwatch.fetcher.support.RunningFetcher;
import org.tenderwatch.testing.TopicReader;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "The checkpoint moves to the end of a window only after every page of it was read and every release in it was
 * acknowledged by the broker": one window of 17 pages, broken at a later page, then with the broker gone half-way.
 * Each time the checkpoint stays until the whole window is published, each release once.
 */
class CheckpointIntegrationTest {

    private static final List<String> RELEASES = RecordedData.releases("contracts-finder");
    private static final String LOOK_BACK_START = "2022-05-01";

    @TempDir
    Path kafkaData;

    /** All recorded releases (May 2022 to March 2025) in one window of 17 pages, retried 2 s after a failure. */
    private static Map<String, Object> properties(RecordedSourceServer source) {
        long days = Duration.between(Instant.parse(LOOK_BACK_START + "T00:00:00Z"), Instant.now()).toDays();
        return properties(source, (days + 10) + "d");
    }

    private static Map<String, Object> properties(RecordedSourceServer source, String windowSize) {
        Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
        properties.put("fetcher.sources.contracts-finder.enabled", true);
        properties.put("fetcher.sources.contracts-finder.base-url", source.contractsFinderUrl());
        long days = Duration.between(Instant.parse(LOOK_BACK_START + "T00:00:00Z"), Instant.now()).toDays();
        properties.put("fetcher.sources.contracts-finder.look-back", days + "d");
        properties.put("fetcher.sources.contracts-finder.window-size", windowSize);
        properties.put("fetcher.sources.contracts-finder.overlap", "1d");
        properties.put("fetcher.sources.contracts-finder.page-size", 25);
        properties.put("fetcher.sources.contracts-finder.poll-interval", "2s");
        properties.put("fetcher.sources.contracts-finder.max-window-attempts", 5);
        return properties;
    }

    @Test
    void aLaterPageThatFailsLeavesTheCheckpointAndTheWindowIsPublishedWholeOnTheNextAttempt() {
        try (RecordedSourceServer source = RecordedSourceServer.serving(RELEASES)) {
            // Page 6 of 17 stays malformed for all its reads (page-attempts: 3), in the first attempt only.
            source.scriptFromRequest(5, Fault.malformed(), Fault.malformed(), Fault.malformed());
            Map<String, Object> properties = properties(source);
            try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
                 RunningFetcher fetcher = RunningFetcher.start(properties)) {
                await("the first attempt failed").atMost(Duration.ofSeconds(60)).until(() -> failedAttempts(properties) == 1);
                assertThat(checkpoint(properties)).as("still at the look-back start").startsWith(LOOK_BACK_START);
                assertThat(topic.poll()).as("nothing of a window is sent before its last page is read").isEmpty();

                List<ConsumerRecord<String, String>> records = awaitAll(topic);
                assertThat(Notices.releaseIds(records)).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(RELEASES.stream().map(Notices::releaseId).toList());
                await("the checkpoint moved on").atMost(Duration.ofSeconds(10))
                        .until(() -> !checkpoint(properties).startsWith(LOOK_BACK_START));
                assertThat(source.faultsUsed()).isTrue();
            }
        }
    }

    @Test
    void theBrokerGoingAwayMidWindowLeavesTheCheckpointAndLosesNothing() throws Exception {
        int port = FreePorts.next();
        EmbeddedKafka broker = EmbeddedKafka.start(kafkaData, port);
        try (RecordedSourceServer source = RecordedSourceServer.serving(RELEASES)) {
            // Windows of 400 days: the first (206 releases, to June 2023) and the second (none) complete while the broker
            // is up, so the producer knows the topic; the third (the other 200) waits at its first page while the broker goes.
            Map<String, Object> properties = properties(source, "400d");
            properties.put("kafka.bootstrap.servers", broker.bootstrapServers());
            String topicName = (String) properties.get("fetcher.publish.topic");
            source.holdSearchesFrom(Instant.parse("2024-06-01T00:00:00Z"));
            try (RunningFetcher fetcher = RunningFetcher.start(properties)) {
                await("two windows done, the third under way").atMost(Duration.ofSeconds(60))
                        .until(() -> source.held() > 0);
                String checkpointBefore = row(properties).get(0);
                broker.close();
                source.release();
                await("the checkpoint stays while the broker is away").during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(30))
                        .until(() -> row(properties).get(0).equals(checkpointBefore));

                broker = EmbeddedKafka.start(kafkaData, port);
                try (TopicReader topic = new TopicReader(topicName, broker.bootstrapServers())) {
                    List<ConsumerRecord<String, String>> records = awaitAll(topic);
                    assertThat(Notices.releaseIds(records)).doesNotHaveDuplicates()
                            .containsExactlyInAnyOrderElementsOf(RELEASES.stream().map(Notices::releaseId).toList());
                }
                await("the checkpoint moved on").atMost(Duration.ofSeconds(30))
                        .until(() -> !row(properties).get(0).equals(checkpointBefore));
            }
        } finally {
            broker.close();
        }
    }

    private static List<ConsumerRecord<String, String>> awaitAll(TopicReader topic) {
        await().atMost(Duration.ofSeconds(90)).until(() -> topic.poll().size() >= RELEASES.size());
        // Then a quiet while with nothing more: a second copy of anything would arrive here.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> topic.poll().size() == RELEASES.size());
        return topic.poll();
    }

    private static String checkpoint(Map<String, Object> properties) {
        return row(properties).get(0);
    }

    private static int failedAttempts(Map<String, Object> properties) {
        List<String> row = row(properties);
        return row.isEmpty() ? 0 : Integer.parseInt(row.get(1));
    }

    private static List<String> row(Map<String, Object> properties) {
        List<List<String>> rows = Database.query(properties,
                "SELECT window_end, failed_attempts, last_error FROM checkpoint WHERE source = 'contracts-finder'");
        return rows.isEmpty() ? List.of() : rows.get(0);
    }
}
