package org.tenderwatch.fetcher.source.monthly;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.tenderwatch.fetcher.support.Database;
import org.tenderwatch.fetcher.support.Fault;
import org.tenderwatch.fetcher.support.MonthlyNoticesServer;
import org.tenderwatch.fetcher.support.Notices;
import org.tenderwatch.fetcher.support.RecordedData;
import org.tenderwatch.fetcher.support.RunningFetcher;
import org.tenderwatch.testing.TopicReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Public Contracts Scotland and Sell2Wales polled over real HTTP, published to the real broker. */
class MonthlySourcesIntegrationTest {

    private static final List<String> SCOTTISH = labelled2("public-contracts-scotland");
    private static final List<String> WELSH = labelled2("sell2wales");
    // A real NHS Wales notice whose buyer reference points at no party.
    private static final String WITHOUT_PARTIES = RecordedData.read(
            RecordedData.root().resolve("labelled-2/releases/reconstructed/ocds-kuma6s-155945.json"));

    @Test
    void publishesEveryScottishAndWelshReleaseOnceUnderItsIdentity() {
        try (MonthlyNoticesServer scotland = MonthlyNoticesServer.serving("Public Contracts Scotland", 2, SCOTTISH);
             MonthlyNoticesServer wales = MonthlyNoticesServer.serving("Sell2Wales", 2, WELSH)) {
            wales.publish(53, WITHOUT_PARTIES);
            scotland.script(Fault.unavailable());
            // The Scottish notices are of March and April 2019; the Welsh ones of February and March 2025, one of October.
            Map<String, Object> properties = properties(scotland, Instant.parse("2019-03-01T00:00:00Z"), wales,
                    Instant.parse("2025-02-01T00:00:00Z"));
            try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
                 RunningFetcher fetcher = RunningFetcher.start(properties)) {
                List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(90))
                        .until(topic::poll, all -> all.size() >= SCOTTISH.size() + WELSH.size() + 1);

                List<JsonNode> notices = records.stream().map(Notices::json).toList();
                assertThat(Notices.releaseIds(records)).doesNotHaveDuplicates().hasSize(181);
                assertThat(notices.stream().filter(n -> n.path("source").asText().equals("public-contracts-scotland")))
                        .hasSize(90).allSatisfy(notice -> {
                            assertThat(notice.path("releaseId").asText()).startsWith(notice.path("ocid").asText() + "/");
                            assertThat(notice.path("noticeUrl").asText())
                                    .startsWith("https://www.publiccontractsscotland.gov.uk/search/show/search_view.aspx?ID=");
                            assertThat(notice.path("lifecycle").asText()).isEqualTo("tendered");
                        });
                assertThat(notices.stream().filter(n -> n.path("source").asText().equals("sell2wales"))).hasSize(91);
                assertThat(notices).filteredOn(n -> n.path("ocid").asText().equals("ocds-kuma6s-155945")).singleElement()
                        .satisfies(n -> assertThat(n.path("buyer").path("name").asText()).startsWith("NHS Wales Shared Services"));
                assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo(Notices.json(r).path("ocid").asText()));

                assertThat(scotland.faultsUsed()).isTrue();
                assertThat(scotland.maxInFlight()).isEqualTo(1);
                assertThat(wales.maxInFlight()).isEqualTo(1);
                assertThat(scotland.requests()).allSatisfy(request -> {
                    assertThat(request.uri()).matches("/v1/Notices\\?dateFrom=\\d{2}-\\d{4}&noticeType=(2|53)&outputType=0");
                    assertThat(request.userAgent()).startsWith("TenderWatch/");
                });
                assertThat(wales.requests()).allSatisfy(request -> assertThat(request.uri()).endsWith("&locale=2057"));
                assertThat(scotland.requests()).extracting(MonthlyNoticesServer.Request::uri)
                        .contains("/v1/Notices?dateFrom=03-2019&noticeType=2&outputType=0",
                                "/v1/Notices?dateFrom=03-2019&noticeType=53&outputType=0",
                                "/v1/Notices?dateFrom=04-2019&noticeType=2&outputType=0");
                // Counted once the acknowledgements are recorded, a moment after the records reach the topic.
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(prometheus(fetcher)).contains(
                        "tenderwatch_fetcher_releases_published_total{source=\"public-contracts-scotland\"} 90.0",
                        "tenderwatch_fetcher_releases_published_total{source=\"sell2wales\"} 91.0",
                        "tenderwatch_fetcher_http_responses_total{source=\"public-contracts-scotland\",status=\"503\"} 1.0"));
            }
        }
    }

    @Test
    void readsTheCurrentMonthAgainUntilItIsOverAndPublishesOnlyWhatIsNew() {
        Instant now = Instant.now();
        String first = redated(WELSH.get(0), now.minus(1, ChronoUnit.HOURS));
        String later = redated(WELSH.get(1), now.minus(1, ChronoUnit.HOURS));
        try (MonthlyNoticesServer scotland = MonthlyNoticesServer.serving("Public Contracts Scotland", 2, List.of());
             MonthlyNoticesServer wales = MonthlyNoticesServer.serving("Sell2Wales", 2, List.of(first))) {
            Map<String, Object> properties = properties(scotland, wales, now.minus(Duration.ofDays(1)));
            properties.put("fetcher.sources.public-contracts-scotland.enabled", false);
            try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
                 RunningFetcher fetcher = RunningFetcher.start(properties)) {
                await().atMost(Duration.ofSeconds(30)).until(topic::poll, all -> all.size() == 1);
                int requestsBefore = wales.requests().size();
                await().atMost(Duration.ofSeconds(30)).until(() -> wales.requests().size() > requestsBefore + 2);

                wales.publish(2, later);

                List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                        .until(topic::poll, all -> all.size() >= 2);
                assertThat(Notices.releaseIds(records)).containsExactly(Notices.releaseId(first), Notices.releaseId(later));
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(prometheus(fetcher)).containsPattern(
                        "tenderwatch_fetcher_releases_skipped_total\\{source=\"sell2wales\"} [1-9]"));
            }
        }
    }

    @Test
    void aMonthAnsweredWithSomethingOtherThanAPackageIsKeptAsADeadLetterAndTheRestIsRead() {
        try (MonthlyNoticesServer scotland = MonthlyNoticesServer.serving("Public Contracts Scotland", 2, SCOTTISH);
             MonthlyNoticesServer wales = MonthlyNoticesServer.serving("Sell2Wales", 2, List.of())) {
            String error = "{\"message\":\"An error has occurred.\"}";
            scotland.script(new Fault(Fault.Kind.MALFORMED, 200, null, error),
                    new Fault(Fault.Kind.MALFORMED, 200, null, error), new Fault(Fault.Kind.MALFORMED, 200, null, error));
            Map<String, Object> properties = properties(scotland, wales, Instant.parse("2019-03-01T00:00:00Z"));
            properties.put("fetcher.sources.sell2wales.enabled", false);
            try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
                 RunningFetcher fetcher = RunningFetcher.start(properties)) {
                await().atMost(Duration.ofSeconds(90)).until(topic::poll, all -> all.size() == SCOTTISH.size());

                assertThat(Database.query(properties, "select source, reason, url from dead_letter")).singleElement()
                        .satisfies(row -> assertThat(row).containsExactly("public-contracts-scotland", "malformed_page",
                                scotland.url() + "?dateFrom=02-2019&noticeType=2&outputType=0#through=03-2019"));
            }
        }
    }

    private static Map<String, Object> properties(MonthlyNoticesServer scotland, MonthlyNoticesServer wales, Instant from) {
        return properties(scotland, from, wales, from);
    }

    /** Each source starts its first window at {@code from} (give or take its overlap) and walks to now. */
    private static Map<String, Object> properties(MonthlyNoticesServer scotland, Instant scotlandFrom,
                                                  MonthlyNoticesServer wales, Instant walesFrom) {
        Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
        for (Map.Entry<String, MonthlyNoticesServer> source : Map.of(
                "public-contracts-scotland", scotland, "sell2wales", wales).entrySet()) {
            String prefix = "fetcher.sources." + source.getKey() + ".";
            Instant from = source.getKey().equals("sell2wales") ? walesFrom : scotlandFrom;
            properties.put(prefix + "enabled", true);
            properties.put(prefix + "base-url", source.getValue().url());
            properties.put(prefix + "look-back", (Duration.between(from, Instant.now()).toHours() + 1) + "h");
            properties.put(prefix + "window-size", "31d");
            properties.put(prefix + "overlap", "3d");
            properties.put(prefix + "notice-types", "2,53");
        }
        return properties;
    }

    private static String redated(String release, Instant date) {
        String day = OffsetDateTime.ofInstant(date, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        return release.replaceFirst("\"date\": \"[^\"]+\"", "\"date\": \"" + day + "\"");
    }

    private static String prometheus(RunningFetcher fetcher) {
        return fetcher.metrics().body();
    }

    private static List<String> labelled2(String directory) {
        try (Stream<Path> files = Files.list(RecordedData.root().resolve("labelled-2/releases").resolve(directory))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(RecordedData::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
