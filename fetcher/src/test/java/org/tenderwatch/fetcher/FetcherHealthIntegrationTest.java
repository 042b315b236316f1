package org.tenderwatch.fetcher;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.embedded.SharedTestInfrastructure;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FetcherHealthIntegrationTest implements TestPropertyProvider {

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
    void reportsHealthyWhenItsInfrastructureIsUp() {
        String health = client.toBlocking().retrieve("/health");
        assertThat(health).contains("\"status\":\"UP\"");
    }

    @Test
    void exposesPrometheusMetrics() {
        String metrics = client.toBlocking().retrieve("/prometheus");
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }
}
