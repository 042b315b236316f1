package org.tenderwatch.fetcher.supervision;

import org.junit.jupiter.api.Test;
import org.tenderwatch.fetcher.support.ExhaustingSource;
import org.tenderwatch.fetcher.support.RecordedData;
import org.tenderwatch.fetcher.support.RecordedSourceServer;
import org.tenderwatch.fetcher.support.RunningFetcher;
import org.tenderwatch.testing.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Pollers that die or stall say so: logged, counted, polled again, and /health (liveness and readiness) DOWN. */
class WorkerSupervisionIntegrationTest {


    @Test
    void keepsPollingASourceWhosePollsRunOutOfMemoryAndReportsDown() throws Exception {
        Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
        String prefix = "fetcher.sources." + ExhaustingSource.NAME + ".";
        properties.put(prefix + "enabled", true);
        properties.put(prefix + "poll-interval", "100ms");
        properties.put(prefix + "window-size", "1d");
        properties.put(prefix + "overlap", "0s");
        properties.put(prefix + "look-back", "1d");
        properties.put(prefix + "max-window-attempts", 1);
        try (RunningFetcher fetcher = RunningFetcher.start(properties)) {
            // Polled again after each error: the scheduled task was not lost with the first one.
            await().atMost(Duration.ofSeconds(30)).until(() -> failures(fetcher) >= 3);

            assertThat(status(fetcher, "/health/liveness")).isEqualTo(503);
            assertThat(status(fetcher, "/health/readiness")).isEqualTo(503);
            assertThat(status(fetcher, "/health")).isEqualTo(503);
            assertThat(fetcher.bean(Workers.class).problems()).singleElement().asString()
                    .startsWith("poll-exhausting died: java.lang.OutOfMemoryError")
                    .containsPattern("in window \\S+ \\.\\. \\S+");
        }
    }

    @Test
    void reportsDownWhileAPollMakesNoProgressAndUpOnceItMovesAgain() throws Exception {
        List<String> releases = RecordedData.releases("find-a-tender");
        try (RecordedSourceServer source = RecordedSourceServer.serving(releases)) {
            Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
            properties.put("fetcher.sources.find-a-tender.enabled", true);
            properties.put("fetcher.sources.find-a-tender.base-url", source.findATenderUrl());
            properties.put("fetcher.sources.find-a-tender.look-back", "600d");
            properties.put("fetcher.sources.find-a-tender.window-size", "1000d");
            properties.put("fetcher.supervision.stall-after", "1s");
            // Every search hangs: the source accepts the request and never answers until released.
            source.holdSearchesFrom(Instant.EPOCH);
            try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
                 RunningFetcher fetcher = RunningFetcher.start(properties)) {
                await().atMost(Duration.ofSeconds(20)).until(() -> status(fetcher, "/health/liveness") == 503);
                assertThat(status(fetcher, "/health/readiness")).isEqualTo(503);
                assertThat(fetcher.bean(Workers.class).problems()).singleElement().asString()
                        .startsWith("poll-find-a-tender has made no progress for").contains("in window");

                source.release();
                await().atMost(Duration.ofSeconds(60)).until(() -> topic.poll().size() == releases.size());
                await().atMost(Duration.ofSeconds(10)).until(() -> status(fetcher, "/health/liveness") == 200);
                assertThat(status(fetcher, "/health/readiness")).isEqualTo(200);
            }
        }
    }

    private static double failures(RunningFetcher fetcher) {
        String metrics = fetcher.metrics().body();
        return metrics.lines()
                .filter(l -> l.startsWith("tenderwatch_fetcher_worker_failures_total{error=\"OutOfMemoryError\",worker=\"poll-exhausting\"}"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static int status(RunningFetcher fetcher, String path) {
        return fetcher.get(path).statusCode();
    }
}
