package org.tenderwatch.fetcher.http;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.fetcher.Durations;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;
import org.tenderwatch.fetcher.http.SourceUnavailableException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * GETs for one source, one at a time: live polling and backfills of the same source share this lock, and hold it
 * through rate-limit waits, so the source never sees two requests from us at once.
 */
public class PoliteHttp {

    private static final Logger LOG = LoggerFactory.getLogger(PoliteHttp.class);
    private static final Set<Integer> TRANSIENT = Set.of(408, 500, 502, 503, 504);

    private final String source;
    private final String displayName;
    private final HttpSettings http;
    private final HttpClient client;
    private final String userAgent;
    private final Delays delays;
    private final FetcherMetrics metrics;
    private final ReentrantLock oneInFlight = new ReentrantLock(true);

    PoliteHttp(String displayName, RatePolicy settings, HttpSettings http, FetcherMetrics metrics, Clock clock) {
        this.source = settings.name();
        this.displayName = displayName;
        this.http = http;
        this.metrics = metrics;
        this.userAgent = UserAgent.of(http.contactUrl());
        this.delays = new Delays(settings, http, clock);
        this.client = HttpClient.newBuilder()
                .connectTimeout(http.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The body of a 200 answer; anything else, after the bounded retries, is a {@link SourceUnavailableException}. */
    public String get(String url) throws SourceUnavailableException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(http.requestTimeout())
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            oneInFlight.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException(displayName + ": interrupted before " + url, e);
        }
        try {
            HttpResponse<String> response = Failsafe.with(retryPolicy(url)).get(() -> send(request));
            if (response.statusCode() != 200) {
                throw new SourceUnavailableException(displayName + " answered HTTP " + response.statusCode()
                        + " to " + url + ": " + abbreviate(response.body()));
            }
            return response.body();
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new SourceUnavailableException(displayName + " unreachable: " + describe(cause, request.uri()) + " (" + url + ")", cause);
        } finally {
            oneInFlight.unlock();
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            metrics.httpResponse(source, response.statusCode());
            return response;
        } catch (IOException e) {
            metrics.httpFailure(source, e);
            throw e;
        }
    }

    private RetryPolicy<HttpResponse<String>> retryPolicy(String url) {
        return RetryPolicy.<HttpResponse<String>>builder()
                .handle(IOException.class)
                .handleResultIf(response -> retryable(response.statusCode()))
                .withMaxAttempts(http.maxAttempts())
                .withDelayFn(context -> delays.before(context.getLastResult(), context.getAttemptCount()))
                .onRetryScheduled(event -> scheduled(url, event.getLastResult(), event.getLastException(),
                        event.getAttemptCount(), event.getDelay()))
                .build();
    }

    private void scheduled(String url, HttpResponse<String> response, Throwable error, int attempt, Duration delay) {
        boolean rateLimited = response != null && delays.rateLimited(response.statusCode());
        if (rateLimited) {
            metrics.rateLimitWait(source, delay);
        }
        String what = response != null ? "HTTP " + response.statusCode() + (rateLimited ? " (rate limited)" : "")
                : describe(error, URI.create(url));
        LOG.warn("{}: {} from {}; try {} of {} in {}", displayName, what, url, attempt + 1, http.maxAttempts(),
                Durations.human(delay));
    }

    private boolean retryable(int status) {
        return TRANSIENT.contains(status) || delays.rateLimited(status);
    }

    /** The innermost cause says most ("UnresolvedAddressException" under a bare "ConnectException"); the host says where. */
    private static String describe(Throwable error, URI uri) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? uri.getHost() : root.getMessage();
        return root.getClass().getSimpleName() + " " + message;
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
