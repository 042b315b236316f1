package org.tenderwatch.management;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A real server with Micronaut's health and Prometheus endpoints, called as a stranger and as an operator. */
@MicronautTest
class MonitoringAccessIntegrationTest {

    private static final String TOKEN = "test-monitoring-token-0123456789";

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anonymousCallersSeeOnlyTheStatusOfHealthAndItsProbes() throws Exception {
        for (String path : new String[] {"/health", "/health/liveness", "/health/readiness"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void operatorsSeeTheDetails() throws Exception {
        HttpResponse<String> response = get("/health", TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"", "\"details\"", "\"diskSpace\"", "\"name\":\"management-test\"");
    }

    @Test
    void metricsNeedTheToken() throws Exception {
        HttpResponse<String> anonymous = get("/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(anonymous.body()).doesNotContain("jvm_");
        assertThat(get("/metrics", null).statusCode()).isEqualTo(401);

        HttpResponse<String> operator = get("/prometheus", TOKEN);
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void aWrongTokenGetsTheStatusOfHealthAndNoMetrics() throws Exception {
        HttpResponse<String> health = get("/health", "not-the-token");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get("/prometheus", "not-the-token").statusCode()).isEqualTo(401);
        assertThat(get("/prometheus", TOKEN + "x").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
