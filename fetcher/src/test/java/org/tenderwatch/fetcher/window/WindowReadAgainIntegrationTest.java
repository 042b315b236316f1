package org.tenderwatch.fetcher.window;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.tenderwatch.embedded.EmbeddedPostgresServer;
import org.tenderwatch.fetcher.support.Database;
import org.tenderwatch.fetcher.support.Notices;
import org.tenderwatch.fetcher.support.RecordedData;
import org.tenderwatch.fetcher.support.RecordedSourceServer;
import org.tenderwatch.fetcher.support.RunningFetcher;
import org.tenderwatch.fetcher.support.TopicReader;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "A window read again writes nothing to the spool": the recorded Contracts Finder releases of 2022 (206, in windows
 * of 30 days and pages of 25) are read twice (two backfills of the same range, through the same reader, spool and
 * dedupe as live polling) from the local server. The spool is deleted at the end of each window, so a trigger of the test's own copies every row written to
 * it into a table that stays; the first read shows that it sees the writes, the second must add none.
 */
class WindowReadAgainIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RELEASES = RecordedData.releases("contracts-finder");
    private static final String RANGE = "{\"source\":\"contracts-finder\",\"from\":\"2022-05-01T00:00:00Z\",\"to\":\"2023-01-01T00:00:00Z\"}";

    /** The recorded releases published in that range: all of 2022's (the others are of 2025). */
    private static final int IN_RANGE = (int) RELEASES.stream().filter(r -> releaseDate(r).startsWith("2022-")).count();

    @Test
    void aWindowReadAgainWritesNothingToTheSpoolAndPublishesNothingNew() throws Exception {
        try (RecordedSourceServer source = RecordedSourceServer.serving(RELEASES)) {
            Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
            properties.put("fetcher.sources.contracts-finder.enabled", false);
            properties.put("fetcher.sources.contracts-finder.base-url", source.contractsFinderUrl());
            properties.put("fetcher.sources.contracts-finder.window-size", "30d");
            properties.put("fetcher.sources.contracts-finder.page-size", 25);
            try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
                 RunningFetcher fetcher = RunningFetcher.start(properties)) {
                recordSpoolWrites(properties);

                assertThat(IN_RANGE).as("releases of the range").isGreaterThan(100);
                backfill(fetcher);
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> topic.poll().size() == IN_RANGE);
                assertThat(spoolWrites(properties)).as("the first read goes through the spool").isEqualTo(IN_RANGE);
                int requests = source.requests().size();

                backfill(fetcher);
                assertThat(source.requests().size() - requests).as("pages read again from the source").isGreaterThanOrEqualTo(IN_RANGE / 25);
                assertThat(spoolWrites(properties)).as("rows written to the spool by the second read").isEqualTo(IN_RANGE);
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> topic.poll().size() == IN_RANGE);
                assertThat(Notices.releaseIds(topic.poll())).doesNotHaveDuplicates();
                assertThat(fetcher.metrics()).contains("tenderwatch_fetcher_releases_skipped_total{source=\"contracts-finder\"} "
                        + IN_RANGE + ".0");
                assertThat(Database.query(properties, "SELECT count(*) FROM window_release")).containsExactly(List.of("0"));
            }
        }
    }

    private static void backfill(RunningFetcher fetcher) throws Exception {
        long id = JSON.readTree(fetcher.post("/backfill", RANGE)).path("id").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode job = JSON.readTree(fetcher.get("/backfill/" + id));
            return job.path("status").asText().equals("done");
        });
    }

    private static String releaseDate(String release) {
        try {
            return JSON.readTree(release).path("date").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int spoolWrites(Map<String, Object> properties) {
        return Integer.parseInt(Database.query(properties, "SELECT count(*) FROM spool_write").get(0).get(0));
    }

    private static void recordSpoolWrites(Map<String, Object> properties) throws SQLException {
        try (Connection connection = DriverManager.getConnection((String) properties.get("datasources.default.url"),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE spool_write (release_id TEXT NOT NULL)");
            statement.execute("""
                    CREATE FUNCTION record_spool_write() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        INSERT INTO spool_write VALUES (NEW.release_id);
                        RETURN NEW;
                    END $$""");
            statement.execute("CREATE TRIGGER spool_write AFTER INSERT ON window_release FOR EACH ROW EXECUTE FUNCTION record_spool_write()");
        }
    }
}
