package org.tenderwatch.fetcher.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.tenderwatch.fetcher.support.Database;
import org.tenderwatch.fetcher.support.Fault;
import org.tenderwatch.fetcher.support.Notices;
import org.tenderwatch.fetcher.support.RecordedData;
import org.tenderwatch.fetcher.support.RecordedSourceServer;
import org.tenderwatch.fetcher.support.RunningFetcher;
import org.tenderwatch.testing.Answer;
import org.tenderwatch.testing.TopicReader;

import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Find a Tender with a page that stays malformed: kept, set aside, moved past, and recovered by a backfill. */
class BackfillIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RELEASES = RecordedData.releases("find-a-tender");

    private static Map<String, Object> properties(RecordedSourceServer source, boolean live) {
        Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
        properties.put("fetcher.sources.find-a-tender.enabled", live);
        properties.put("fetcher.sources.find-a-tender.base-url", source.findATenderUrl());
        properties.put("fetcher.sources.find-a-tender.look-back", "600d");
        properties.put("fetcher.sources.find-a-tender.window-size", "1000d");
        properties.put("fetcher.sources.find-a-tender.page-size", 1);
        properties.put("fetcher.sources.find-a-tender.max-window-attempts", 2);
        return properties;
    }

    @Test
    void setsAsideALiveWindowWhosePageStaysMalformedAndMovesOn() throws Exception {
        try (RecordedSourceServer source = RecordedSourceServer.serving(RELEASES)) {
            // Three reads per attempt, two attempts per window: the first window sees only broken pages.
            for (int i = 0; i < 6; i++) {
                source.script(Fault.malformed());
            }
            Map<String, Object> properties = properties(source, true);
            try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
                 TopicReader deadLetters = new TopicReader((String) properties.get("fetcher.publish.dead-letter-topic"));
                 RunningFetcher fetcher = RunningFetcher.start(properties)) {

                JsonNode setAside = await().atMost(Duration.ofSeconds(30)).until(
                        () -> JSON.readTree(fetcher.adminGet("/backfill")), jobs -> jobs.size() == 1).get(0);
                assertThat(setAside.path("status").asText()).isEqualTo("failed");
                assertThat(setAside.path("lastError").asText()).contains("stayed malformed");
                await().atMost(Duration.ofSeconds(10)).until(() -> deadLetters.poll().size() == 1);
                JsonNode letter = Notices.json(deadLetters.poll().get(0));
                assertThat(letter.path("payload").asText()).isEqualTo(Fault.malformed().body());
                assertThat(letter.path("url").asText()).startsWith(source.findATenderUrl() + "?updatedFrom=");
                assertThat(Database.query(properties, "SELECT reason FROM dead_letter")).containsExactly(List.of("malformed_page"));
                assertThat(Instant.parse(setAside.path("toTime").asText()))
                        .isBeforeOrEqualTo(OffsetDateTime.parse(checkpoint(properties).replace(' ', 'T') + ":00").toInstant());
                // The releases are not lost: the set-aside window is in the list, waiting for a backfill.
                await().during(Duration.ofMillis(500)).until(() -> topic.poll().isEmpty());
                assertThat(source.requests()).noneSatisfy(r -> assertThat(r.status()).isEqualTo(400));
            }
        }
    }

    @Test
    void backfillsADateRangeWithoutTouchingTheLiveCheckpoint() throws Exception {
        try (RecordedSourceServer source = RecordedSourceServer.serving(RELEASES)) {
            Map<String, Object> properties = properties(source, false);
            try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
                 RunningFetcher fetcher = RunningFetcher.start(properties)) {

                JsonNode job = JSON.readTree(fetcher.adminPost("/backfill", JSON.createObjectNode()
                        .put("source", "find-a-tender")
                        .put("from", "2026-04-01T00:00:00Z")
                        .put("to", "2026-05-01T00:00:00Z").toString()));
                assertThat(job.path("status").asText()).isEqualTo("pending");
                await().atMost(Duration.ofSeconds(30)).until(
                        () -> JSON.readTree(fetcher.adminGet("/backfill/" + job.path("id").asLong())).path("status").asText().equals("done"));

                await().atMost(Duration.ofSeconds(10)).until(() -> topic.poll().size() == RELEASES.size());
                assertThat(Notices.releaseIds(topic.poll()))
                        .containsExactlyInAnyOrderElementsOf(RELEASES.stream().map(Notices::releaseId).toList());
                assertThat(Database.query(properties, "SELECT count(*) FROM checkpoint")).containsExactly(List.of("0"));
                assertThat(source.requests()).noneSatisfy(r -> assertThat(r.status()).isEqualTo(400));
            }
        }
    }

    @Test
    void refusesABackfillOfAnUnknownSourceOrAnEmptyRange() {
        try (RecordedSourceServer source = RecordedSourceServer.serving(RELEASES);
             RunningFetcher fetcher = RunningFetcher.start(properties(source, false))) {
            assertThatThrownBy(() -> fetcher.adminPost("/backfill", "{\"source\":\"tenders-direct\",\"from\":\"2026-04-01T00:00:00Z\",\"to\":\"2026-05-01T00:00:00Z\"}"))
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getResponse().getBody(String.class).orElse(""))
                            .contains("source must be one of"));
            assertThatThrownBy(() -> fetcher.adminPost("/backfill", "{\"source\":\"find-a-tender\",\"from\":\"2026-05-01T00:00:00Z\",\"to\":\"2026-04-01T00:00:00Z\"}"))
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getResponse().getBody(String.class).orElse(""))
                            .contains("from must be before to"));
        }
    }

    @Test
    void answersOnlyTheOperator() throws Exception {
        try (RecordedSourceServer source = RecordedSourceServer.serving(RELEASES);
             RunningFetcher fetcher = RunningFetcher.start(properties(source, false))) {
            String body = "{\"source\":\"find-a-tender\",\"from\":\"2026-04-01T00:00:00Z\",\"to\":\"2026-05-01T00:00:00Z\"}";
            for (String token : new String[] {null, "wrong", RunningFetcher.ADMIN_TOKEN + "x"}) {
                assertThat(fetcher.call("POST", "/backfill", body, token).statusCode()).isEqualTo(401);
                assertThat(fetcher.call("GET", "/backfill", null, token).statusCode()).isEqualTo(401);
                assertThat(fetcher.call("GET", "/backfill/1", null, token).statusCode()).isEqualTo(401);
                assertThat(fetcher.call("DELETE", "/backfill/1", null, token).statusCode()).isEqualTo(401);
            }
            Answer jobs = fetcher.call("GET", "/backfill", null, RunningFetcher.ADMIN_TOKEN);
            assertThat(jobs.statusCode()).isEqualTo(200);
            assertThat(jobs.body()).as("no job was queued by the refused requests").isEqualTo("[]");
        }
        try (RecordedSourceServer source = RecordedSourceServer.serving(RELEASES)) {
            Map<String, Object> closed = properties(source, false);
            closed.put("fetcher.security.admin-token", "");
            try (RunningFetcher fetcher = RunningFetcher.start(closed)) {
                assertThat(fetcher.call("GET", "/backfill", null, "").statusCode()).as("no token set: closed to all").isEqualTo(401);
                assertThat(fetcher.call("GET", "/backfill", null, RunningFetcher.ADMIN_TOKEN).statusCode()).isEqualTo(401);
            }
        }
    }

    @Test
    void refusesAnAbsurdRangeTooManyJobsAndUnreadableDatesWithAClearMessage() throws Exception {
        try (RecordedSourceServer source = RecordedSourceServer.serving(RELEASES)) {
            Map<String, Object> properties = properties(source, false);
            properties.put("fetcher.backfill.max-pending", 2);
            // Jobs stay pending: their first window waits on the source.
            source.holdSearchesFrom(Instant.EPOCH);
            try (RunningFetcher fetcher = RunningFetcher.start(properties)) {
                Answer years = fetcher.call("POST", "/backfill",
                        "{\"source\":\"find-a-tender\",\"from\":\"0001-01-01T00:00:00Z\",\"to\":\"9999-01-01T00:00:00Z\"}", RunningFetcher.ADMIN_TOKEN);
                assertThat(years.statusCode()).isEqualTo(400);
                assertThat(years.body()).contains("must lie between 2000-01-01T00:00:00Z and now");
                Answer long_ = fetcher.call("POST", "/backfill",
                        "{\"source\":\"find-a-tender\",\"from\":\"2024-01-01T00:00:00Z\",\"to\":\"2026-01-01T00:00:00Z\"}", RunningFetcher.ADMIN_TOKEN);
                assertThat(long_.statusCode()).isEqualTo(400);
                assertThat(long_.body()).contains("at most 366 days", "several jobs");
                Answer month13 = fetcher.call("POST", "/backfill",
                        "{\"source\":\"find-a-tender\",\"from\":\"2026-13-01T00:00:00Z\",\"to\":\"2026-05-01T00:00:00Z\"}", RunningFetcher.ADMIN_TOKEN);
                assertThat(month13.statusCode()).isEqualTo(400);
                assertThat(month13.body()).contains("ISO-8601").doesNotContainIgnoringCase("sql").doesNotContain("Exception");

                String month = "{\"source\":\"find-a-tender\",\"from\":\"2026-04-01T00:00:00Z\",\"to\":\"2026-05-01T00:00:00Z\"}";
                assertThat(fetcher.call("POST", "/backfill", month, RunningFetcher.ADMIN_TOKEN).statusCode()).isEqualTo(202);
                assertThat(fetcher.call("POST", "/backfill", month, RunningFetcher.ADMIN_TOKEN).statusCode()).isEqualTo(202);
                Answer third = fetcher.call("POST", "/backfill", month, RunningFetcher.ADMIN_TOKEN);
                assertThat(third.statusCode()).isEqualTo(429);
                assertThat(third.body()).contains("2 backfill jobs are waiting already");
                assertThat(Database.query(properties, "SELECT count(*) FROM backfill_job")).containsExactly(List.of("2"));
            }
        }
    }

    @Test
    void cancelsAPendingJobBeforeItsNextWindow() throws Exception {
        try (RecordedSourceServer source = RecordedSourceServer.serving(RELEASES)) {
            Map<String, Object> properties = properties(source, false);
            properties.put("fetcher.sources.find-a-tender.window-size", "1d");
            source.holdSearchesFrom(Instant.EPOCH);
            try (RunningFetcher fetcher = RunningFetcher.start(properties)) {
                JsonNode job = JSON.readTree(fetcher.adminPost("/backfill",
                        "{\"source\":\"find-a-tender\",\"from\":\"2026-04-01T00:00:00Z\",\"to\":\"2026-05-01T00:00:00Z\"}"));
                await().atMost(Duration.ofSeconds(30)).until(() -> source.held() > 0);

                JsonNode cancelled = JSON.readTree(fetcher.adminDelete("/backfill/" + job.path("id").asLong()));
                assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
                int requests = source.requests().size();
                source.release();

                // The window in flight ends; no later window of the job is asked for, and the job stays cancelled.
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> JSON.readTree(
                        fetcher.adminGet("/backfill/" + job.path("id").asLong())).path("status").asText().equals("cancelled"));
                assertThat(source.requests().size() - requests).isLessThanOrEqualTo(1);
                Answer again = fetcher.call("DELETE", "/backfill/" + job.path("id").asLong(), null, RunningFetcher.ADMIN_TOKEN);
                assertThat(again.statusCode()).isEqualTo(409);
                assertThat(again.body()).contains("is cancelled; only a pending job can be cancelled");
            }
        }
    }


    private static String checkpoint(Map<String, Object> properties) {
        return Database.query(properties, "SELECT window_end FROM checkpoint WHERE source = 'find-a-tender'").get(0).get(0);
    }
}
