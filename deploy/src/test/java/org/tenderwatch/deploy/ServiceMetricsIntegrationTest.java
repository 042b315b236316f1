package org.tenderwatch.deploy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The management endpoints the Kubernetes probes and Prometheus use, checked on the real services; and every
 * metric the dashboard and the alert rules query, checked against what the services expose and register.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceMetricsIntegrationTest {

    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up");

    private RunningServices services;
    private final Map<String, String> scraped = new TreeMap<>();

    @BeforeAll
    void startTheServices() throws Exception {
        Path workDir = Files.createDirectories(Repo.deploy("target/running-services"));
        services = RunningServices.start(workDir);
        for (String service : Repo.SERVICES) {
            scraped.put(service, services.asOperator(service, "/prometheus").body());
            Files.writeString(workDir.resolve(service + ".prometheus.txt"), scraped.get(service));
        }
    }

    @AfterAll
    void stopTheServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void answersTheKubernetesProbesOnTheManagementEndpoints() throws Exception {
        for (String service : Repo.SERVICES) {
            for (String probe : new String[] {"/health/liveness", "/health/readiness"}) {
                var response = services.get(service, probe);
                assertThat(response.statusCode()).as("%s %s: %s", service, probe, response.body()).isEqualTo(200);
                assertThat(response.body()).contains("\"status\":\"UP\"");
            }
        }
    }

    @Test
    void showsAnonymousCallersOnlyTheStatusAndOperatorsTheDetailsAndMetrics() throws Exception {
        for (String service : Repo.SERVICES) {
            for (String path : new String[] {"/health", "/health/liveness", "/health/readiness"}) {
                var anonymous = services.get(service, path);
                assertThat(anonymous.statusCode()).as("%s %s", service, path).isEqualTo(200);
                assertThat(anonymous.body()).as("%s %s as anyone", service, path).isEqualTo("{\"status\":\"UP\"}");
            }
            assertThat(services.asOperator(service, "/health").body()).as("%s /health as an operator", service)
                    .contains("\"name\":\"" + service + "\"", "\"details\"", "\"kafka\"");
            for (String path : new String[] {"/prometheus", "/metrics"}) {
                var anonymous = services.get(service, path);
                assertThat(anonymous.statusCode()).as("%s %s as anyone: %s", service, path, anonymous.body()).isEqualTo(401);
                assertThat(anonymous.body()).doesNotContain("jvm_", "tenderwatch_");
            }
            assertThat(scraped.get(service)).as("%s /prometheus as Prometheus", service).contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void exposesMetricsThatPassPromtoolCheckMetrics() throws Exception {
        var promtool = Promtool.find();
        assumeTrue(promtool.isPresent(), Promtool.MISSING);
        for (var entry : scraped.entrySet()) {
            Promtool.Result result = Promtool.run(promtool.get(), entry.getValue(), "check", "metrics");
            // Exit 1 means the exposition does not parse; 3 means lint problems, which the metrics of the
            // Kafka client, Micrometer's JVM binders and Micronaut's HTTP server have (abbreviated units, no
            // help text) and which this project cannot rename. Its own metrics must have none.
            assertThat(result.exitCode()).as("promtool check metrics on the %s's /prometheus:\n%s", entry.getKey(), result.output())
                    .isIn(0, 3);
            assertThat(result.output().lines().filter(line -> line.startsWith("tenderwatch_")))
                    .as("promtool's complaints about the %s's own metrics", entry.getKey()).isEmpty();
        }
    }

    @Test
    void exposesOrRegistersEveryMetricTheDashboardAndAlertRulesQuery() {
        Set<String> exposed = new TreeSet<>(MADE_BY_PROMETHEUS);
        Set<String> registered = new TreeSet<>();
        for (String service : Repo.SERVICES) {
            exposed.addAll(MetricNames.exposed(scraped.get(service)));
        }
        for (String service : Repo.ALL_SERVICES) {
            registered.addAll(MetricNames.registeredIn(service));
        }
        Set<String> queried = new TreeSet<>(MetricNames.inDashboard());
        queried.addAll(MetricNames.inAlertRules());
        assertThat(queried).isNotEmpty().allSatisfy(name -> assertThat(
                exposed.contains(name) || MetricNames.isSampleOf(name, registered))
                .as("%s is neither on any service's /prometheus nor registered in its code", name).isTrue());
    }
}
