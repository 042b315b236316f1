package org.tenderwatch.fetcher.poll;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.fetcher.support.Database;
import org.tenderwatch.fetcher.support.Fault;
import org.tenderwatch.fetcher.support.Notices;
import org.tenderwatch.fetcher.support.RecordedData;
import org.tenderwatch.fetcher.support.RecordedSourceServer;
import org.tenderwatch.fetcher.support.RunningFetcher;
import org.tenderwatch.testing.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Contracts Finder polled over real HTTP, published to the real broker, checkpointed in the real database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivePollingIntegrationTest {

    private static final List<String> RELEASES = RecordedData.releases("contracts-finder");

    private final RecordedSourceServer source = RecordedSourceServer.serving(RELEASES);

    @AfterAll
    void stopSource() {
        source.close();
    }

    /** The recorded releases span May 2022 to March 2025: look back far enough and walk there in many windows of many pages. */
    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
        properties.put("fetcher.sources.contracts-finder.enabled", true);
        properties.put("fetcher.sources.contracts-finder.base-url", source.contractsFinderUrl());
        properties.put("fetcher.sources.contracts-finder.look-back",
                Duration.between(Instant.parse("2022-05-01T00:00:00Z"), Instant.now()).toDays() + "d");
        properties.put("fetcher.sources.contracts-finder.window-size", "30d");
        properties.put("fetcher.sources.contracts-finder.overlap", "2d");
        properties.put("fetcher.sources.contracts-finder.page-size", 25);
        return properties;
    }

    @Test
    void publishesEveryReleaseOfAMultiWindowRunOnceInOrderPerOcid() {
        source.script(Fault.unavailable(), Fault.vanishedNext(), Fault.forbidden(), Fault.malformed());
        Map<String, Object> properties = properties();
        try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
             RunningFetcher fetcher = RunningFetcher.start(properties)) {
            List<ConsumerRecord<String, String>> records = awaitAll(topic);

            assertThat(Notices.releaseIds(records)).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(RELEASES.stream().map(Notices::releaseId).toList());
            assertOrderedPerOcid(records);
            assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo(Notices.json(r).path("ocid").asText()));
            assertThat(source.faultsUsed()).isTrue();
            assertThat(source.maxInFlight()).isEqualTo(1);
            assertThat(source.requests()).allSatisfy(r -> assertThat(r.userAgent())
                    .matches("TenderWatch/\\S+ \\(\\+https://example.org/tender-watch-tests\\)"));
            String metrics = prometheus(fetcher);
            assertThat(metrics).contains("tenderwatch_fetcher_releases_published_total{source=\"contracts-finder\"} 406.0",
                    "tenderwatch_fetcher_http_responses_total{source=\"contracts-finder\",status=\"403\"} 1.0",
                    "tenderwatch_fetcher_http_responses_total{source=\"contracts-finder\",status=\"503\"} 1.0",
                    "tenderwatch_fetcher_rate_limit_waits_total{source=\"contracts-finder\"} 1.0",
                    "tenderwatch_fetcher_checkpoint_age_seconds{source=\"contracts-finder\"}");
        }
    }

    @Test
    void resumesFromItsCheckpointAfterAStopWithoutMissingOrRepeatingAnything() {
        Map<String, Object> properties = properties();
        try (RecordedSourceServer source = RecordedSourceServer.serving(RELEASES);
             TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"))) {
            properties.put("fetcher.sources.contracts-finder.base-url", source.contractsFinderUrl());
            // The first run gets through 2022 (206 releases) and is stopped waiting for its first window of 2023.
            source.holdSearchesFrom(Instant.parse("2022-12-31T00:00:00Z"));
            try (RunningFetcher first = RunningFetcher.start(properties)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> topic.poll().size() >= 206 && source.held() > 0);
            }
            source.release();
            int beforeRestart = topic.poll().size();
            assertThat(beforeRestart).isBetween(206, RELEASES.size() - 1);
            int requestsBeforeRestart = source.requests().size();
            try (RunningFetcher second = RunningFetcher.start(properties)) {
                List<ConsumerRecord<String, String>> records = awaitAll(topic);
                assertThat(Notices.releaseIds(records)).doesNotHaveDuplicates().hasSize(RELEASES.size());
                assertOrderedPerOcid(records);
                String firstAfterRestart = source.requests().get(requestsBeforeRestart).uri();
                String from = firstAfterRestart.replaceAll(".*publishedFrom=([^&]+).*", "$1");
                assertThat(LocalDateTime.parse(from)).as("resumed from the checkpoint, not from the look-back")
                        .isAfter(LocalDateTime.parse("2022-12-01T00:00:00"));
            }
        }
    }

    @Test
    void keepsRetryingAnUnreachableSourceAndRecordsWhy() {
        Map<String, Object> properties = properties();
        properties.put("fetcher.sources.contracts-finder.base-url", "http://tenderwatch-offline.invalid/Published/Notices/OCDS/Search");
        try (RunningFetcher fetcher = RunningFetcher.start(properties)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> prometheus(fetcher)
                    .contains("tenderwatch_fetcher_window_failures_total{source=\"contracts-finder\"} 3.0"));

            List<List<String>> checkpoint = Database.query(properties, "SELECT window_end, failed_attempts, last_error FROM checkpoint");
            assertThat(checkpoint).hasSize(1);
            assertThat(checkpoint.get(0).get(0)).as("still at the look-back start").startsWith("2022-05-01");
            assertThat(checkpoint.get(0).get(1)).as("an outage is not bad content").isEqualTo("0");
            assertThat(checkpoint.get(0).get(2)).startsWith("Contracts Finder unreachable: UnresolvedAddressException tenderwatch-offline.invalid");
        }
    }

    private static List<ConsumerRecord<String, String>> awaitAll(TopicReader topic) {
        await().atMost(Duration.ofSeconds(90)).until(() -> topic.poll().size() >= RELEASES.size());
        // Then a quiet while with nothing more: a second copy of anything would arrive here.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> topic.poll().size() == RELEASES.size());
        return topic.poll();
    }

    private static void assertOrderedPerOcid(List<ConsumerRecord<String, String>> records) {
        Map<String, List<JsonNode>> byOcid = records.stream().map(Notices::json)
                .collect(Collectors.groupingBy(n -> n.path("ocid").asText()));
        assertThat(byOcid.values().stream().filter(l -> l.size() > 1)).isNotEmpty();
        byOcid.forEach((ocid, notices) -> {
            List<Instant> dates = notices.stream().map(n -> OffsetDateTime.parse(n.path("releaseDate").asText()).toInstant()).toList();
            assertThat(dates).as("releases of %s in topic order", ocid).isSorted();
        });
    }

    private static String prometheus(RunningFetcher fetcher) {
        return fetcher.metrics().body();
    }
}
