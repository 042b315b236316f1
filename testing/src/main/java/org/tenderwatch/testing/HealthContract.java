package org.tenderwatch.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.embedded.EmbeddedKafka;
import org.tenderwatch.embedded.EmbeddedPostgresServer;
import org.tenderwatch.embedded.FreePorts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every service's /health and /prometheus promise (the root README's "What is public"), asserted in one place: a
 * module's health test extends this once and passes its own specifics to the constructor. Anyone sees the status alone, UP or DOWN (503);
 * an operator with the monitoring token sees each component and the metrics; a wrong token sees only the status and
 * gets 401 from /prometheus; when the service's own dependency is gone, /health turns DOWN and says why.
 */
public abstract class HealthContract {

    /** The dependency whose loss a service's health must report, the components an operator sees, and what DOWN says then. */
    public enum Dependency {
        /** Its own PostgreSQL: Micronaut's {@code jdbc} indicator reports the connection's error. */
        DATABASE(List.of("kafka", "jdbc"), List.of("\"jdbc\":{", "\"error\"")),
        /** The broker, for a service without a database: the {@code kafka} indicator goes DOWN. */
        BROKER(List.of("kafka"), List.of("\"kafka\":{", "\"DOWN\""));

        private final List<String> components;
        private final List<String> downReason;

        Dependency(List<String> components, List<String> downReason) {
            this.components = components;
            this.downReason = downReason;
        }
    }

    @TempDir
    Path outageData;

    private final RunningService service;
    private final String name;
    private final Dependency dependency;
    private final Supplier<Map<String, Object>> freshProperties;

    /**
     * @param service         the service the test class runs on the shared infrastructure
     * @param name            its {@code micronaut.application.name}, as /health names it
     * @param dependency      what {@link #healthSaysDownAndWhyWhenItsDependencyIsGone} takes away
     * @param freshProperties properties of a second instance, which the contract points at a database or broker of its own
     */
    protected HealthContract(RunningService service, String name, Dependency dependency, Supplier<Map<String, Object>> freshProperties) {
        this.service = service;
        this.name = name;
        this.dependency = dependency;
        this.freshProperties = freshProperties;
    }

    private RunningService service() {
        return service;
    }

    @Test
    void anyoneSeesTheStatusAlone() {
        await("UP").atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(service().health(false).body()).isEqualTo("{\"status\":\"UP\"}"));
        assertThat(service().get("/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(service().get("/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void operatorsSeeEachComponentAndTheMetrics() {
        await("UP").atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(service().health(true).statusCode()).isEqualTo(200));
        Answer health = service().health(true);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"name\":\"" + name + "\"", "\"details\"");
        dependency.components.forEach(component -> assertThat(health.body()).contains("\"" + component + "\""));
        Answer metrics = service().metrics();
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void prometheusAndHealthDetailsAreClosedWithoutTheMonitoringToken() {
        Answer anonymous = service().get("/prometheus");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("jvm_");
        Answer wrongToken = service().exchange(io.micronaut.http.HttpRequest.GET("/prometheus").bearerAuth("not-the-monitoring-token"));
        assertThat(wrongToken.statusCode()).isEqualTo(401);
        Answer wrongHealth = service().exchange(io.micronaut.http.HttpRequest.GET("/health").bearerAuth("not-the-monitoring-token"));
        assertThat(wrongHealth.body()).doesNotContain("\"details\"", "\"" + name + "\"");
        assertThat(service().get("/metrics").statusCode()).isIn(401, 403, 404);
    }

    @Test
    void healthSaysDownAndWhyWhenItsDependencyIsGone() throws Exception {
        Map<String, Object> properties = freshProperties.get();
        int port = FreePorts.next();
        AutoCloseable own = switch (dependency) {
            case DATABASE -> {
                EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(outageData, port);
                properties.put("datasources.default.url", postgres.createDatabase(name));
                // Hikari's default is 30 s: the health check would wait that long for a connection that will not come.
                properties.put("datasources.default.connection-timeout", "1000");
                yield postgres;
            }
            case BROKER -> {
                EmbeddedKafka kafka = EmbeddedKafka.start(outageData, port);
                properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());
                yield kafka;
            }
        };
        boolean stopped = false;
        try (RunningService running = new RunningService(properties)) {
            await("UP before the outage").atMost(Duration.ofSeconds(90))
                    .untilAsserted(() -> assertThat(running.health(false).statusCode()).isEqualTo(200));
            own.close();
            stopped = true;
            await("DOWN with the reason").atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                Answer health = running.health(true);
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("\"status\":\"DOWN\"").contains(dependency.downReason);
            });
            Answer anonymous = running.health(false);
            assertThat(anonymous.statusCode()).isEqualTo(503);
            assertThat(anonymous.body()).isEqualTo("{\"status\":\"DOWN\"}");
        } finally {
            if (!stopped) {
                own.close();
            }
        }
    }
}
