package org.tenderwatch.fetcher;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.embedded.SharedTestInfrastructure;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Anyone sees UP or DOWN; an operator with the monitoring token (application-test.yml) sees details and metrics. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FetcherHealthIntegrationTest implements TestPropertyProvider {

    private static final String MONITORING_TOKEN = "test-monitoring-token";

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(SharedTestInfrastructure.kafkaProperties());
        properties.putAll(SharedTestInfrastructure.freshDatasourceProperties("fetcher"));
        return properties;
    }

    @Test
    void anonymousCallersSeeOnlyTheStatus() {
        assertThat(client.toBlocking().retrieve("/health")).isEqualTo("{\"status\":\"UP\"}");
        assertThat(client.toBlocking().retrieve("/health/readiness")).isEqualTo("{\"status\":\"UP\"}");
        assertThatThrownBy(() -> client.toBlocking().retrieve("/prometheus"))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
    }

    @Test
    void operatorsSeeEachDependencyAndTheMetrics() {
        String health = client.toBlocking().retrieve(asOperator("/health"));
        assertThat(health).contains("\"status\":\"UP\"", "\"name\":\"fetcher\"", "\"kafka\"", "\"jdbc\"");
        assertThat(client.toBlocking().retrieve(asOperator("/prometheus"))).contains("jvm_memory_used_bytes");
    }

    private static HttpRequest<?> asOperator(String path) {
        return HttpRequest.GET(path).bearerAuth(MONITORING_TOKEN);
    }
}
