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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every service's /health and /prometheus promise (the root README's "What is public"), asserted in one place: a
 * module's health test extends this once and says its own specifics. Anyone sees the status alone, UP or DOWN (503);
 * an operator with the monitoring token sees each component and the metrics; a wrong token sees only the status and
 * gets 401 from /prometheus; when the service's own dependency is gone, /health turns DOWN and says why.
 */
public abstract class HealthContract {

    /** The dependency whose loss a service's health must report. */
    public enum Dependency { DATABASE, BROKER }

    @TempDir
    Path outageData;

    /** The service the test class runs on the shared infrastructure. */
    protected abstract RunningService service();

    /** Its {@code micronaut.application.name}, as /health names it. */
    protected abstract String name();

    /** The components an operator sees in /health, e.g. {@code kafka}, {@code jdbc}. */
    protected abstract List<String> components();

    /** The dependency {@link #healthSaysDownAndWhyWhenItsDependencyIsGone} takes away. */
    protected abstract Dependency dependency();

    /** What /health's details say once that dependency is gone: a component's name and its error, or the service's own reason. */
    protected abstract List<String> downReason();

    /** Properties of a second instance of the service; the contract points it at a database or broker of its own. */
    protected abstract Map<String, Object> freshProperties();

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
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"name\":\"" + name() + "\"", "\"details\"");
        components().forEach(component -> assertThat(health.body()).contains("\"" + component + "\""));
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
        assertThat(wrongHealth.body()).doesNotContain("\"details\"", "\"" + name() + "\"");
        assertThat(service().get("/metrics").statusCode()).isIn(401, 403, 404);
    }

    @Test
    void healthSaysDownAndWhyWhenItsDependencyIsGone() throws Exception {
        Map<String, Object> properties = freshProperties();
        int port = FreePorts.next();
        AutoCloseable dependency = switch (dependency()) {
            case DATABASE -> {
                EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(outageData, port);
                properties.put("datasources.default.url", postgres.createDatabase(name()));
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
            dependency.close();
            stopped = true;
            await("DOWN with the reason").atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                Answer health = running.health(true);
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("\"status\":\"DOWN\"").contains(downReason());
            });
            Answer anonymous = running.health(false);
            assertThat(anonymous.statusCode()).isEqualTo(503);
            assertThat(anonymous.body()).isEqualTo("{\"status\":\"DOWN\"}");
        } finally {
            if (!stopped) {
                dependency.close();
            }
        }
    }
}
