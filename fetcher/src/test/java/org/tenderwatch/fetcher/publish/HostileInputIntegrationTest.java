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

/**
 * Real releases damaged the way hostile or broken input arrives: NUL in a title (escaped and raw), NUL in an id, an
 * id repeated in one page with the same and with other content. None stops the source; each bad one is kept.
 */
class HostileInputIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void publishesAroundNulsAndRepeatedIdsAndKeepsEveryRefusedReleaseWhole() throws Exception {
        List<String> real = RecordedData.releases("contracts-finder").subList(0, 10);
        String nulInTitle = with(real.get(0), "title", "Cleaning\u0000 services");
        String nulInId = with(real.get(3), "id", JSON.readTree(real.get(3)).path("id").asText() + "\u0000x");
        String sameIdOtherContent = with(real.get(2), "description", "Another release under the same id");
        List<String> served = new ArrayList<>(List.of(nulInTitle, nulInId, real.get(1), real.get(1), real.get(2), sameIdOtherContent));
        served.addAll(real.subList(4, 10));
        // Raw control characters are not JSON; one in a title used to cost the whole page.
        String rawNul = "{\"ocid\":\"ocds-b5fd17-raw\",\"id\":\"raw-nul-1\",\"date\":\"2024-01-01T00:00:00Z\","
                + "\"tag\":[\"tender\"],\"tender\":{\"title\":\"Raw\u0000 NUL\"}}";

        try (RecordedSourceServer source = RecordedSourceServer.serving(served)) {
            source.script(new Fault(Fault.Kind.STRAY_ENTRY, 200, null, rawNul));
            Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
            properties.put("fetcher.sources.contracts-finder.enabled", true);
            properties.put("fetcher.sources.contracts-finder.base-url", source.contractsFinderUrl());
            properties.put("fetcher.sources.contracts-finder.look-back", "1700d");
            properties.put("fetcher.sources.contracts-finder.window-size", "2000d");
            try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
                 RunningFetcher fetcher = RunningFetcher.start(properties)) {
                // The NUL-titled, the raw-NUL, the repeated (once), the first of the conflicting pair, and six more.
                await().atMost(Duration.ofSeconds(60)).until(() -> topic.poll().size() >= 10);
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> topic.poll().size() == 10);

                List<ConsumerRecord<String, String>> records = topic.poll();
                assertThat(Notices.releaseIds(records)).doesNotHaveDuplicates()
                        .contains(Notices.releaseId(real.get(0)), Notices.releaseId(real.get(1)), Notices.releaseId(real.get(2)), "raw-nul-1");
                assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain("\u0000", "\\u0000"));
                assertThat(records).anySatisfy(r -> assertThat(Notices.json(r).path("title").asText()).isEqualTo("Raw NUL"));
                assertThat(Database.query(properties, "SELECT reason, release_id, error FROM dead_letter ORDER BY reason"))
                        .satisfiesExactly(
                                duplicate -> assertThat(duplicate).startsWith("duplicate_release", Notices.releaseId(real.get(2))),
                                invalid -> assertThat(invalid.get(0)).isEqualTo("invalid_release"));
                assertThat(Database.query(properties, "SELECT release_id FROM dead_letter WHERE reason = 'invalid_release'").get(0).get(0))
                        .as("kept with the NUL written visibly").endsWith("\\u0000x");
                assertThat(fetcher.metrics().body())
                        .contains("tenderwatch_fetcher_releases_repeated_total{source=\"contracts-finder\"} 1.0")
                        .contains("tenderwatch_fetcher_dead_letters_total{reason=\"duplicate_release\",source=\"contracts-finder\"} 1.0")
                        .contains("tenderwatch_fetcher_dead_letters_total{reason=\"invalid_release\",source=\"contracts-finder\"} 1.0");
            }
        }
    }

    private static String with(String release, String field, String value) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(release);
        if ("title".equals(field)) {
            ((ObjectNode) node.path("tender")).put("title", value);
        } else {
            node.put(field, value);
        }
        return JSON.writeValueAsString(node);
    }
}
