package org.tenderwatch.fetcher.source.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.fetcher.support.Database;
import org.tenderwatch.fetcher.support.Notices;
import org.tenderwatch.fetcher.support.RecordedData;
import org.tenderwatch.fetcher.support.RunningFetcher;
import org.tenderwatch.testing.TopicReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Replay of the labelled releases, the offline mode of the local run. */
class ReplayIntegrationTest {

    @Test
    void replaysEveryRecordedReleaseOnceAcrossPolls() throws IOException {
        List<String> expected;
        try (Stream<Path> files = Files.walk(RecordedData.labelledReleases())) {
            expected = files.filter(f -> f.toString().endsWith(".json")).map(RecordedData::read).map(Notices::releaseId).toList();
        }
        Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
        properties.put("fetcher.sources.replay.enabled", true);
        properties.put("fetcher.sources.replay.directory", RecordedData.labelledReleases().toString());
        try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
             RunningFetcher fetcher = RunningFetcher.start(properties)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> topic.poll().size() >= expected.size());
            // Polls go on every 200 ms over the same files; publish-once keeps the topic as it is.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> topic.poll().size() == expected.size());

            assertThat(Notices.releaseIds(topic.poll())).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(topic.poll()).allSatisfy(r -> assertThat(Notices.json(r).path("source").asText()).isEqualTo("replay"));
            // The recorded releases carry the sources' mojibake; the normaliser repairs it and the fetcher counts it.
            assertThat(fetcher.metrics().body()).contains("tenderwatch_fetcher_releases_skipped_total{source=\"replay\"}")
                    .containsPattern("tenderwatch_fetcher_release_anomalies_total\\{source=\"replay\"} [1-9]")
                    .containsPattern("tenderwatch_fetcher_window_duration_seconds_count\\{source=\"replay\"} [1-9]");
        }
    }

    @Test
    void keepsAMalformedFileAsADeadLetterAndReplaysTheFilesAfterIt(@TempDir Path directory) throws IOException {
        List<String> releases = RecordedData.releases("find-a-tender").subList(0, 2);
        Files.writeString(directory.resolve("1.json"), releases.get(0));
        // Cut off mid-way, as a file still being copied in is; it sorts between the two good files.
        Files.writeString(directory.resolve("2.json"), releases.get(1).substring(0, releases.get(1).length() / 2));
        Files.writeString(directory.resolve("3.json"), releases.get(1));
        Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
        properties.put("fetcher.sources.replay.enabled", true);
        properties.put("fetcher.sources.replay.directory", directory.toString());
        try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
             RunningFetcher fetcher = RunningFetcher.start(properties)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.poll().size() >= 2);
            // Polls go on over the same files: the bad one is neither kept twice nor set aside as a failed window.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> topic.poll().size() == 2);

            assertThat(Notices.releaseIds(topic.poll()))
                    .containsExactlyInAnyOrderElementsOf(releases.stream().map(Notices::releaseId).toList());
            assertThat(Database.query(properties, "SELECT reason, url FROM dead_letter"))
                    .containsExactly(List.of("malformed_page", directory.resolve("2.json").toString()));
            assertThat(fetcher.adminGet("/backfill")).isEqualTo("[]");
        }
    }

    @Test
    void readsAFileWithAByteOrderMarkAndKeepsAFileWithANulAsADeadLetterReadAgainOnlyOnceItChanges(@TempDir Path directory)
            throws IOException {
        List<String> releases = RecordedData.releases("find-a-tender").subList(0, 2);
        // Saved by a Windows tool: UTF-8 with a byte-order mark.
        Files.write(directory.resolve("1.json"), ("\uFEFF" + releases.get(0)).getBytes(StandardCharsets.UTF_8));
        // A raw NUL where JSON allows none: not a release at all. Kept whole, it once failed the insert on every poll.
        Path broken = directory.resolve("2.json");
        Files.writeString(broken, "{\"releases\": [\u0000]}");
        Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
        properties.put("fetcher.sources.replay.enabled", true);
        properties.put("fetcher.sources.replay.directory", directory.toString());
        try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
             RunningFetcher fetcher = RunningFetcher.start(properties)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.poll().size() == 1);
            assertThat(Notices.releaseIds(topic.poll())).containsExactly(Notices.releaseId(releases.get(0)));
            assertThat(Database.query(properties, "SELECT reason, payload FROM dead_letter"))
                    .containsExactly(List.of("malformed_page", "{\"releases\": [\\u0000]}"));
            // Later polls pass over both files, the published one and the bad one, while neither changes.
            await().atMost(Duration.ofSeconds(10)).until(() -> metric(fetcher, "tenderwatch_fetcher_pages_skipped_total") >= 4);
            double reads = metric(fetcher, "tenderwatch_fetcher_pages_total");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> metric(fetcher, "tenderwatch_fetcher_pages_total") == reads);

            Files.writeString(broken, releases.get(1));
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.poll().size() == 2);
            assertThat(Notices.releaseIds(topic.poll())).containsExactlyInAnyOrderElementsOf(releases.stream().map(Notices::releaseId).toList());
            assertThat(fetcher.health(false).body()).contains("UP");
        }
    }

    private static double metric(RunningFetcher fetcher, String name) {
        String prefix = name + "{source=\"replay\"} ";
        return fetcher.metrics().body().lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()))).findFirst().orElse(0);
    }
}
