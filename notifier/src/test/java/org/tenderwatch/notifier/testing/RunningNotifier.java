package org.tenderwatch.notifier.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.tree.JsonNode;
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

    /** GET with the monitoring token of application-test.yml, as an operator reads /health's details. */
    public HttpResponse<String> asOperator(String pathAndQuery) {
        return call(HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", "Bearer test-monitoring-token").GET());
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

    /**
     * Posts the subscribe form as a browser would after opening it: with the form's cookie and hidden token.
     * {@code page} is the form's address ("/" or "/?resubscribe=…").
     */
    public HttpResponse<String> submitForm(String page, String formBody) {
        HttpResponse<String> form = get(page);
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("tw_form="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        // The hidden fields, as a browser sends them with what was typed.
        StringBuilder hidden = new StringBuilder();
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")
                .matcher(form.body());
        while (field.find()) {
            hidden.append(field.group(1)).append('=').append(field.group(2)).append('&');
        }
        return call(HttpRequest.newBuilder(uri("/subscribe")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(hidden + formBody)));
    }

    /** Creates a subscription through the admin API and answers its id. */
    public long subscribe(String json) {
        HttpResponse<String> response = admin("POST", "/admin/subscriptions", json);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("could not subscribe: " + response.statusCode() + " " + response.body());
        }
        try {
            return json().readValue(response.body(), JsonNode.class).get("id").getLongValue();
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
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
