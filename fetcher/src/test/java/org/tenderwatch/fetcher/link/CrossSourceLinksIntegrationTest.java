package org.tenderwatch.fetcher.link;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.fetcher.support.MonthlyNoticesServer;
import org.tenderwatch.fetcher.support.Notices;
import org.tenderwatch.fetcher.support.RecordedData;
import org.tenderwatch.fetcher.support.RunningFetcher;
import org.tenderwatch.testing.TopicReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The same notice from two sources: the one published second names the first. */
class CrossSourceLinksIntegrationTest {

    private static final String SCOTTISH = RecordedData.read(RecordedData.root().resolve(
            "labelled-2/releases/public-contracts-scotland/ocds-r6ebe6-0000548866__NO-RELEASE-ID.json"));

    private static JsonNode sameBuyerTitleDate(JsonNode notice) {
        for (JsonNode related : notice.path("related")) {
            if (related.path("evidence").asText().equals("same-buyer-title-date")) {
                return related;
            }
        }
        return null;
    }

    @Test
    void aNoticeCopiedToAnotherPortalIsLinkedToTheFirstByBuyerTitleAndDate(@TempDir Path replay) throws IOException {
        // The Scottish notice as Find a Tender would carry its copy: its own OCID and notice id, the rest as published.
        String copy = SCOTTISH.replaceFirst("\"ocid\": \"ocds-r6ebe6-0000548866\"",
                "\"ocid\": \"ocds-h6vhtk-0a0b0c\", \"id\": \"012345-2019\"");
        try (MonthlyNoticesServer scotland = MonthlyNoticesServer.serving("Public Contracts Scotland", 2, List.of(SCOTTISH))) {
            Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
            properties.put("fetcher.sources.public-contracts-scotland.enabled", true);
            properties.put("fetcher.sources.public-contracts-scotland.base-url", scotland.url());
            properties.put("fetcher.sources.public-contracts-scotland.notice-types", "2");
            properties.put("fetcher.sources.public-contracts-scotland.look-back",
                    Duration.between(Instant.parse("2019-03-25T00:00:00Z"), Instant.now()).toHours() + "h");
            properties.put("fetcher.sources.replay.enabled", true);
            properties.put("fetcher.sources.replay.directory", replay.toString());
            try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
                 RunningFetcher fetcher = RunningFetcher.start(properties)) {
                await().atMost(Duration.ofSeconds(60)).until(topic::poll, all -> all.size() == 1);
                Files.writeString(replay.resolve("copy.json"), copy);
                List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(60))
                        .until(topic::poll, all -> all.size() == 2);

                List<JsonNode> notices = records.stream().map(Notices::json).toList();
                List<JsonNode> linked = notices.stream().filter(n -> sameBuyerTitleDate(n) != null).toList();
                assertThat(linked).as("only the later of the two can name the other").hasSize(1);
                JsonNode later = linked.get(0);
                JsonNode earlier = notices.get(0);
                assertThat(later).isSameAs(notices.get(1));
                JsonNode link = sameBuyerTitleDate(later);
                assertThat(link.path("source").asText()).isEqualTo(earlier.path("source").asText());
                assertThat(link.path("reference").asText()).isEqualTo(earlier.path("ocid").asText());
                assertThat(link.path("url").asText()).isEqualTo(earlier.path("noticeUrl").asText());
                assertThat(notices).filteredOn(n -> n.path("ocid").asText().equals("ocds-h6vhtk-0a0b0c")).singleElement()
                        .satisfies(n -> assertThat(n.path("related").toString())
                                .as("the copy also points at the Scottish page among its documents")
                                .contains("\"reference\":\"APR350379\"", "\"evidence\":\"referenced\""));
            }
        }
    }
}
