package org.tenderwatch.notifier.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A whole notifier started from properties only, as the end-to-end tests will start it, with an HTTP client. */
public final class RunningNotifier implements AutoCloseable {

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public RunningNotifier(Map<String, Object> properties) {
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

    public HttpResponse<String> admin(String method, String path, String json) {
        return call(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + NotifierProperties.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return call(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    /** /prometheus, as Prometheus reads it: with the monitoring token of application-test.yml. */
    public HttpResponse<String> metrics() {
        return asOperator("/prometheus");
    }

    /** A management endpoint as an operator reads it (health with its details): with the monitoring token. */
    public HttpResponse<String> asOperator(String path) {
        return call(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer test-monitoring-token").GET());
    }

    public HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
        return call(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> call(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a subscription through the admin API and answers its id. */
    public long subscribe(String json) {
        HttpResponse<String> response = admin("POST", "/admin/subscriptions", json);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("could not subscribe: " + response.statusCode() + " " + response.body());
        }
        return Long.parseLong(response.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    /** Turns a link the notifier made (on its public URL) into one on this running server. */
    public String local(String publicLink) {
        return publicLink.replace("http://notifier.test", "");
    }

    public URI uri(String path) {
        return URI.create(server.getURL().toString() + path);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
