package org.tenderwatch.fetcher.source.contractsfinder;

import org.junit.jupiter.api.Test;
import org.tenderwatch.fetcher.support.Notices;
import org.tenderwatch.fetcher.support.RecordedSourceServer;
import org.tenderwatch.fetcher.support.RunningFetcher;
import org.tenderwatch.testing.TopicReader;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real Contracts Finder envelope, as recorded, read through its own links.next. */
class RecordedContractsFinderIntegrationTest {

    @Test
    void readsBothRecordedPagesThroughLinksNextAndPublishesEveryRelease() {
        try (RecordedSourceServer source = RecordedSourceServer.serving(List.of())) {
            Map<String, Object> properties = new HashMap<>(RunningFetcher.baseProperties());
            properties.put("fetcher.sources.contracts-finder.enabled", true);
            properties.put("fetcher.sources.contracts-finder.base-url", source.contractsFinderUrl().replace("/cf/search", "/recorded/cf"));
            properties.put("fetcher.sources.contracts-finder.window-size", "1d");
            properties.put("fetcher.sources.contracts-finder.look-back", "1h");
            properties.put("fetcher.sources.contracts-finder.poll-interval", "1h");
            try (TopicReader topic = new TopicReader((String) properties.get("fetcher.publish.topic"));
                 RunningFetcher fetcher = RunningFetcher.start(properties)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> topic.poll().size() >= 200);

                List<String> ids = Notices.releaseIds(topic.poll());
                assertThat(ids).hasSize(200).doesNotHaveDuplicates()
                        .contains("2a1e3359-87a0-4fdd-ac61-20d5e6520a13-819950", "c3e5344a-741a-4f7e-92af-f401b5c8209a-583186");
                assertThat(source.requests().get(1).uri()).startsWith("/recorded/cf?publishedFrom=2025-01-20T23:00:00")
                        .contains("&cursor=cHVibGlzaGVkRnJvbT0yMDI1");
                assertThat(fetcher.metrics().body()).contains("tenderwatch_fetcher_pages_total{source=\"contracts-finder\"}");
            }
        }
    }
}
