package org.tenderwatch.classifier.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.events.NoticeFetched;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bounded RocksDB memory under the case that once crashed the JVM: /prometheus scraped without pause while the
 * stores work and are closed and opened again by replaced stream threads, on the real broker. A scrape that read a
 * closed store's native handle would end this JVM (SIGSEGV) and with it the build.
 */
class RocksDbUnderScrapeIntegrationTest {

    private static final String MONITORING_TOKEN = "test-monitoring-token";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String fetched = "notices.fetched.v1.rocks-" + run;
    private final String classified = "notices.classified.v1.rocks-" + run;
    private final String deadLetters = "notices.fetched.v1.dlq.rocks-" + run;
    // Kills its stream thread on each of three attempts: three replacements, each closing and opening the stores.
    private final NoticeFetched threadKiller = SharedData.notice("releases/reconstructed/ocds-h6vhtk-05a419.json");

    @Test
    void scrapingWhileStoresCloseAndReopenNeitherCrashesNorReadsAClosedStore() throws Exception {
        List<NoticeFetched> releases = contractsFinderReleases(60);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties(), "test")) {
            JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
            MeterRegistry meters = server.getApplicationContext().getBean(MeterRegistry.class);
            Scraper scraper = new Scraper(server);
            Thread scraping = new Thread(scraper, "scraper");
            scraping.start();
            try {
                Records.send(fetched, threadKiller.ocid(), json.writeValueAsString(threadKiller));
                for (NoticeFetched release : releases) {
                    Records.send(fetched, release.ocid(), json.writeValueAsString(release));
                }

                assertThat(Records.read(classified, releases.size())).hasSize(releases.size());
                assertThat(Records.read(deadLetters, 1)).hasSize(1);
                assertThat(meters.counter("tenderwatch.classifier.stream.thread.replacements").count()).isEqualTo(3.0);
                int scrapesSoFar = scraper.answered.get();
                await().atMost(Duration.ofSeconds(30)).until(() -> scraper.answered.get() >= scrapesSoFar + 20);
            } finally {
                scraper.stop = true;
                scraping.join();
            }

            assertThat(scraper.failures).as("scrapes not answered 200").isEmpty();
            assertThat(scraper.answered.get()).isGreaterThan(50);
            assertThat(scraper.last.get())
                    .contains("tenderwatch_classifier_rocksdb_memory_used_bytes")
                    .doesNotContain("kafka_streams_block_cache_usage", "kafka_streams_size_all_mem_tables",
                            "kafka_streams_estimate_num_keys");
            assertThat(meters.get("tenderwatch.classifier.rocksdb.memory.used").gauge().value())
                    .as("the shared cache holds the stores' blocks and memtables, within its budget")
                    .isPositive().isLessThanOrEqualTo(BoundedRocksDbMemory.TOTAL_BYTES * 1.1);
        }
    }

    /** Scrapes /prometheus back to back until stopped, as a busy Prometheus would. */
    private static final class Scraper implements Runnable {
        private final HttpClient client = HttpClient.newHttpClient();
        private final HttpRequest request;
        final AtomicInteger answered = new AtomicInteger();
        final AtomicReference<String> last = new AtomicReference<>("");
        final Map<String, Integer> failures = new ConcurrentHashMap<>();
        volatile boolean stop;

        Scraper(EmbeddedServer server) {
            request = HttpRequest.newBuilder(URI.create(server.getURL() + "/prometheus"))
                    .header("Authorization", "Bearer " + MONITORING_TOKEN).build();
        }

        @Override
        public void run() {
            while (!stop) {
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        last.set(response.body());
                    } else {
                        failures.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                    }
                    answered.incrementAndGet();
                } catch (IOException e) {
                    failures.merge(e.toString(), 1, Integer::sum);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private List<NoticeFetched> contractsFinderReleases(int count) throws IOException {
        Path folder = SharedData.root().resolve("labelled/releases/contracts-finder");
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().limit(count)
                    .map(file -> SharedData.notice("releases/contracts-finder/" + file.getFileName())).toList();
        }
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(SharedTestInfrastructure.kafkaProperties());
        properties.put("classifier.intake.topic", fetched);
        properties.put("classifier.intake.group-id", "classifier-rocks-" + run);
        properties.put("classifier.publish.topic", classified);
        properties.put("classifier.publish.dead-letter-topic", deadLetters);
        properties.put("test.faults.ocid", threadKiller.ocid());
        properties.put("test.faults.error", "stack-overflow");
        return properties;
    }
}
