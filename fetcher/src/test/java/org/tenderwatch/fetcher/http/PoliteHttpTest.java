package org.tenderwatch.fetcher.http;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;
import org.tenderwatch.fetcher.source.SourceSettings;
import org.tenderwatch.fetcher.http.SourceUnavailableException;
import org.tenderwatch.fetcher.support.Fault;
import org.tenderwatch.fetcher.support.RecordedData;
import org.tenderwatch.fetcher.support.RecordedSourceServer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Politeness against a real HTTP server: the waits a source asks for are kept, and retries are bounded. */
class PoliteHttpTest {

    private static final Duration RATE_LIMIT_WAIT = Duration.ofMillis(300);

    private final RecordedSourceServer server = RecordedSourceServer.serving(RecordedData.releases("find-a-tender"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final HttpSettings http = new HttpSettings("https://example.org/contact", Duration.ofSeconds(2),
            Duration.ofSeconds(5), 4, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(3), 3);

    @AfterEach
    void stop() {
        server.close();
    }

    private PoliteHttp client(String name, List<Integer> rateLimitStatuses) {
        SourceSettings settings = new SourceSettings(name, true, server.findATenderUrl(), Duration.ofMinutes(1),
                Duration.ofHours(6), Duration.ZERO, Duration.ofDays(1), 100, null, null, rateLimitStatuses, RATE_LIMIT_WAIT, 3);
        return new PoliteHttp(name, settings, http, new FetcherMetrics(registry, Clock.systemUTC()), Clock.systemUTC());
    }

    private String page() {
        return server.findATenderUrl() + "?updatedFrom=2026-04-01T00:00:00&updatedTo=2026-05-01T00:00:00&limit=100";
    }

    @Test
    void waitsTheConfiguredPauseAfterContractsFinderAnswersForbidden() throws Exception {
        server.script(Fault.forbidden());

        String body = client("contracts-finder", List.of(403)).get(page());

        assertThat(body).contains("\"releases\"");
        assertThat(gapAfterFirstRequest()).isGreaterThanOrEqualTo(RATE_LIMIT_WAIT);
        assertThat(registry.get("tenderwatch.fetcher.rate.limit.waits").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("tenderwatch.fetcher.rate.limit.wait.seconds").counter().count()).isGreaterThanOrEqualTo(0.3);
    }

    @Test
    void honoursRetryAfterSecondsFromFindATender() throws Exception {
        server.script(Fault.tooManyRequests("1"));

        client("find-a-tender", List.of(429, 503, 504)).get(page());

        assertThat(gapAfterFirstRequest()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void waitsTheConfiguredPauseWhenTooManyRequestsHasNoRetryAfter() throws Exception {
        server.script(Fault.tooManyRequests(null));

        client("find-a-tender", List.of(429, 503, 504)).get(page());

        assertThat(gapAfterFirstRequest()).isGreaterThanOrEqualTo(RATE_LIMIT_WAIT);
    }

    @Test
    void givesUpAfterTheBoundedRetriesAndSaysWhy() {
        server.script(Fault.unavailable(), Fault.unavailable(), Fault.unavailable(), Fault.unavailable());

        assertThatThrownBy(() -> client("find-a-tender", List.of(429)).get(page()))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("find-a-tender answered HTTP 503");
        assertThat(server.requests()).hasSize(http.maxAttempts());
    }

    @Test
    void explainsAnUnreachableSource() {
        PoliteHttp client = client("Contracts Finder", List.of(403));

        assertThatThrownBy(() -> client.get("http://tenderwatch-no-such-host.invalid/Search"))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageStartingWith("Contracts Finder unreachable: ")
                .hasMessageContaining("tenderwatch-no-such-host.invalid");
    }

    @Test
    void sendsOneRequestAtATimeEvenThroughARateLimitWait() throws Exception {
        server.script(Fault.forbidden());
        PoliteHttp client = client("contracts-finder", List.of(403));

        CompletableFuture<String> live = CompletableFuture.supplyAsync(() -> get(client));
        CompletableFuture<String> backfill = CompletableFuture.supplyAsync(() -> get(client));
        CompletableFuture.allOf(live, backfill).get();

        assertThat(server.maxInFlight()).isEqualTo(1);
        assertThat(server.requests()).hasSize(3);
        assertThat(gapAfterFirstRequest()).as("nobody else asked during the wait").isGreaterThanOrEqualTo(RATE_LIMIT_WAIT);
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.userAgent()).startsWith("TenderWatch/").endsWith("(+https://example.org/contact)"));
    }

    private String get(PoliteHttp client) {
        try {
            return client.get(page());
        } catch (SourceUnavailableException e) {
            throw new IllegalStateException(e);
        }
    }

    private Duration gapAfterFirstRequest() {
        List<RecordedSourceServer.Request> requests = server.requests();
        return Duration.ofNanos(requests.get(1).nanoTime() - requests.get(0).nanoTime());
    }
}
