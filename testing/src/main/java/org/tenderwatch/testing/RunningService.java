package org.tenderwatch.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * A whole service started from properties only (the "test" environment: a free port, the monitoring token of each
 * service's application-test.yml), with a typed HTTP client to it that follows no redirects, as a browser's first
 * request would not.
 */
public class RunningService implements AutoCloseable {

    /** The monitoring token every service's application-test.yml sets. */
    public static final String MONITORING_TOKEN = "test-monitoring-token";

    private final EmbeddedServer server;
    private final HttpClient client;

    public RunningService(Map<String, Object> properties) {
        this.server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        // A health check waits on its dependencies' own timeouts when one is gone (the broker's is 30 s or more); the
        // client's default of 10 s would fail the test before the service could answer DOWN.
        configuration.setReadTimeout(Duration.ofSeconds(90));
        this.client = server.getApplicationContext().createBean(HttpClient.class, server.getURL(), configuration);
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    public ObjectMapper json() {
        return bean(ObjectMapper.class);
    }

    public Db db() {
        return new Db(context());
    }

    /** The typed client, for what {@link #exchange} does not cover (streams, reactive bodies). */
    public BlockingHttpClient http() {
        return client.toBlocking();
    }

    /** Sends the request and answers the status, body and headers, whatever the status. */
    public Answer exchange(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = http().exchange(request, String.class);
            return new Answer(response.code(), response.getBody().orElse(""), response.getHeaders());
        } catch (HttpClientResponseException e) {
            HttpResponse<?> response = e.getResponse();
            return new Answer(response.code(), response.getBody(String.class).orElse(""), response.getHeaders());
        }
    }

    /** GET as anyone. */
    public Answer get(String pathAndQuery) {
        return exchange(HttpRequest.GET(pathAndQuery));
    }

    /** GET with the monitoring token, as an operator reads /health's details or Prometheus reads /prometheus. */
    public Answer asOperator(String pathAndQuery) {
        return exchange(HttpRequest.GET(pathAndQuery).bearerAuth(MONITORING_TOKEN));
    }

    /** /health as anyone ({@code operator} false: the status alone) or as an operator (each component). */
    public Answer health(boolean operator) {
        return operator ? asOperator("/health") : get("/health");
    }

    /** /prometheus, as Prometheus reads it. */
    public Answer metrics() {
        return asOperator("/prometheus");
    }

    /** A JSON answer read into its type with the service's own serde, so a test asserts on fields, not on text. */
    public <T> T read(Answer answer, Class<T> type) {
        try {
            return json().readValue(answer.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("not a " + type.getSimpleName() + ": " + answer.body(), e);
        }
    }

    public String url() {
        String url = server.getURL().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public URI uri(String pathAndQuery) {
        return URI.create(url() + pathAndQuery);
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            context().close();
        }
    }
}
