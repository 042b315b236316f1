package org.tenderwatch.fetcher.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.tenderwatch.embedded.SharedTestInfrastructure;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The whole fetcher service, started and stopped by a test, on the shared broker and a database of its own. Its
 * requests carry the operator's token, as the operator's would.
 */
public final class RunningFetcher implements AutoCloseable {

    public static final String ADMIN_TOKEN = "operator-token-for-tests-" + UUID.randomUUID();
    public static final String MONITORING_TOKEN = "test-monitoring-token";

    private final ApplicationContext context;

    private RunningFetcher(Map<String, Object> properties) {
        this.context = ApplicationContext.run(EmbeddedServer.class, properties, "test").getApplicationContext();
    }

    public static RunningFetcher start(Map<String, Object> properties) {
        return new RunningFetcher(properties);
    }

    /** Kafka, a fresh database, fresh topics; tests add their sources. */
    public static Map<String, Object> baseProperties() {
        Map<String, Object> properties = new HashMap<>(SharedTestInfrastructure.kafkaProperties());
        properties.putAll(SharedTestInfrastructure.freshDatasourceProperties("fetcher"));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        properties.put("fetcher.publish.topic", "notices.fetched.v1.test-" + suffix);
        properties.put("fetcher.publish.dead-letter-topic", "notices.fetched.v1.dlq.test-" + suffix);
        properties.put("micronaut.server.port", -1);
        properties.put("fetcher.security.admin-token", ADMIN_TOKEN);
        return properties;
    }

    public ApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String url() {
        return context.getBean(EmbeddedServer.class).getURL().toString();
    }

    /** GET as the operator: the monitoring token for /health and /prometheus, the admin token for the API. */
    public String get(String path) {
        boolean monitoring = path.startsWith("/health") || path.startsWith("/prometheus");
        return client().retrieve(io.micronaut.http.HttpRequest.GET(url() + path)
                .bearerAuth(monitoring ? MONITORING_TOKEN : ADMIN_TOKEN));
    }

    /** /health as an orchestrator's probe reads it: anonymous, the status alone. */
    public String health() {
        return client().retrieve(url() + "/health");
    }

    /** /prometheus, as Prometheus reads it: with the monitoring token of application-test.yml. */
    public String metrics() {
        return get("/prometheus");
    }

    public String post(String path, String json) {
        return client().retrieve(io.micronaut.http.HttpRequest.POST(url() + path, json).bearerAuth(ADMIN_TOKEN)
                .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE));
    }

    public String delete(String path) {
        return client().retrieve(io.micronaut.http.HttpRequest.DELETE(url() + path).bearerAuth(ADMIN_TOKEN));
    }

    private io.micronaut.http.client.BlockingHttpClient client() {
        return context.getBean(io.micronaut.http.client.HttpClient.class).toBlocking();
    }

    @Override
    public void close() {
        context.close();
    }
}
