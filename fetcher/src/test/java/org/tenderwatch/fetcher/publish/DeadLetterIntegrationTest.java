package org.tenderwatch.fetcher.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.tenderwatch.fetcher.support.Database;
import org.tenderwatch.fetcher.support.Fault;
import org.tenderwatch.fetcher.support.Notices;
import org.tenderwatch.fetcher.support.RecordedData;
import org.tenderwatch.fetcher.support.RecordedSourceServer;
import org.tenderwatch.fetcher.support.RunningFetcher;
import org.tenderwatch.testing.TopicReader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Odd releases among good ones, made from real releases the way the sources have damaged them. */
class DeadLetterIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keepsBadReleasesAsDeadLettersOnceAndPublishesTheRest() throws Exception {
        List<String> real = RecordedData.releases("contracts-finder").subList(0, 24);
        List<String> good = new ArrayList<>(real.subList(0, 20));
        String withoutOcid = without(real.get(20), "ocid");
        // An id-less release (as Public Contracts Scotland publishes them) is published under the identity derived from it.
        String withoutId = without(real.get(21), "id");
        String oversized = padded(real.get(22), 60_000);
        // Find a Tender has published 1e9999: the value cannot be a number downstream, but the notice is still news.
        String infinite = real.get(23).replaceFirst("\"amount\"\\s*:\\s*[0-9.]+", "\"amount\": 1e9999");
        assertThat(infinite).contains("1e9999");
        List<String> served = new ArrayList<>(good);
        served.addAll(List.of(withoutOcid, withoutId, oversized, infinite));

        try (RecordedSourceServer source = RecordedSourceServer.serving(served)) {
            source.script(Fault.strayEntry());
            Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
            properties.put("fetcher.sources.contracts-finder.enabled", true);
            properties.put("fetcher.sources.contracts-finder.base-url", source.contractsFinderUrl());
            properties.put("fetcher.sources.contracts-finder.look-back", "1700d");
            properties.put("fetcher.sources.contracts-finder.window-size", "2000d");
            properties.put("fetcher.publish.max-release-chars", 50_000);
            try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
                 TopicReader deadLetters = new TopicReader((String) properties.get("fetcher.publish.dead-letter-topic"));
                 RunningFetcher fetcher = RunningFetcher.start(properties)) {

                await().atMost(Duration.ofSeconds(60)).until(() -> topic.poll().size() >= 22 && deadLetters.poll().size() >= 3);
                // Several polls re-read the same window meanwhile: nothing more may appear.
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                        .until(() -> topic.poll().size() == 22 && deadLetters.poll().size() == 3);

                List<String> published = Notices.releaseIds(topic.poll());
                assertThat(published).contains(Notices.releaseId(infinite)).doesNotContain(Notices.releaseId(oversized));
                String ocidWithoutId = JSON.readTree(withoutId).path("ocid").asText();
                assertThat(published).anySatisfy(id -> assertThat(id).startsWith(ocidWithoutId + "/"));
                ConsumerRecord<String, String> infiniteNotice = topic.poll().stream()
                        .filter(r -> Notices.json(r).path("releaseId").asText().equals(Notices.releaseId(infinite))).findFirst().orElseThrow();
                // The release travels on with the value as published (the package reader writes it as 1E+9999).
                assertThat(Notices.json(infiniteNotice).path("release").asText()).containsPattern("(?i)1e\\+?9999");
                assertThat(Notices.json(infiniteNotice).path("tenderValue").isMissingNode()
                        || Notices.json(infiniteNotice).path("tenderValue").isNull()).as("no invented tender value").isTrue();

                List<String> errors = deadLetters.poll().stream().map(r -> Notices.json(r).path("error").asText()).toList();
                assertThat(errors).anySatisfy(e -> assertThat(e).contains("no ocid"))
                        .anySatisfy(e -> assertThat(e).contains("over fetcher.publish.max-release-chars"))
                        .anySatisfy(e -> assertThat(e).contains("is STRING, not a release object"));
                assertThat(deadLetters.poll()).allSatisfy(r -> assertThat(Notices.json(r).path("url").asText()).startsWith(source.contractsFinderUrl()));
                assertThat(Database.query(properties, "SELECT reason, count(*), max(length(payload)) FROM dead_letter GROUP BY reason ORDER BY reason"))
                        .containsExactly(List.of("invalid_release", "1", String.valueOf(withoutOcid.length())),
                                List.of("malformed_release", "1", String.valueOf(deadLetters.poll().stream()
                                        .map(r -> Notices.json(r).path("payload").asText()).filter(p -> p.contains("not a release object"))
                                        .findFirst().orElseThrow().length())),
                                List.of("oversized_release", "1", String.valueOf(oversized.length())));
                assertThat(fetcher.metrics().body())
                        .contains("tenderwatch_fetcher_dead_letters_total{reason=\"invalid_release\",source=\"contracts-finder\"} 1.0")
                        .contains("tenderwatch_fetcher_dead_letters_total{reason=\"malformed_release\",source=\"contracts-finder\"} 1.0")
                        .contains("tenderwatch_fetcher_dead_letters_total{reason=\"oversized_release\",source=\"contracts-finder\"} 1.0");
            }
        }
    }

    private static String without(String release, String field) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(release);
        node.remove(field);
        return JSON.writeValueAsString(node);
    }

    private static String padded(String release, int length) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(release);
        String description = node.path("description").asText("") + " ";
        node.put("description", description.repeat(length / description.length() + 1));
        return JSON.writeValueAsString(node);
    }
}
