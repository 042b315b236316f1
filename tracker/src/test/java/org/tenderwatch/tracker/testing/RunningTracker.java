package org.tenderwatch.tracker.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A whole tracker started from properties only, with an HTTP client. */
public final class RunningTracker implements AutoCloseable {

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public RunningTracker(Map<String, Object> properties) {
        this.server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public ObjectMapper json() {
        return context().getBean(ObjectMapper.class);
    }

    public Db db() {
        return new Db(context());
    }

    /** /prometheus, as Prometheus reads it: with the monitoring token of application-test.yml. */
    public HttpResponse<String> metrics() {
        return send(HttpRequest.newBuilder(uri("/prometheus")).header("Authorization", "Bearer test-monitoring-token").GET());
    }

    /** Health as anyone ({@code operator} false) or as an operator with the monitoring token. */
    public HttpResponse<String> health(boolean operator) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/health")).GET();
        return send(operator ? request.header("Authorization", "Bearer test-monitoring-token") : request);
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(url() + path);
    }

    public String url() {
        String url = server.getURL().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
