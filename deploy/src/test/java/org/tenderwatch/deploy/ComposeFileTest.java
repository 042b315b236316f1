package org.tenderwatch.deploy;

import org.junit.jupiter.api.Test;
import org.tenderwatch.events.Topics;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/compose.yaml read as docker compose would: services, settings, secrets, mounted files. */
class ComposeFileTest {

    private final Map<String, Object> compose = Repo.yaml(Repo.deploy("compose.yaml"));
    private final Map<String, Object> services = Repo.at(compose, "services");

    @Test
    void runsKafkaPostgresTheServicesMonitoringAndAMailCatcher() {
        assertThat(services).containsKeys("kafka", "kafka-topics", "postgres", "fetcher", "classifier", "notifier",
                "tracker", "prometheus", "grafana", "mailpit");
        assertThat((String) Repo.at(services, "kafka", "image")).startsWith("apache/kafka:");
        assertThat((Map<String, Object>) Repo.at(services, "kafka", "environment"))
                .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
    }

    @Test
    void buildsEachServiceImageFromItsRunnableJar() {
        for (String service : Repo.ALL_SERVICES) {
            assertThat((Map<String, Object>) Repo.at(services, service, "build", "args")).containsEntry("SERVICE", service);
            assertThat(Repo.root().resolve(service + "/pom.xml")).exists();
        }
        assertThat(Repo.read(Repo.deploy("docker/Dockerfile"))).contains("${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT.jar");
    }

    @Test
    void givesEachServiceOnlySettingsItReads() {
        for (String service : Repo.ALL_SERVICES) {
            Map<String, Object> environment = Repo.at(services, service, "environment");
            assertThat(environment.keySet()).as("settings compose gives the %s", service)
                    .isSubsetOf(Repo.environmentReadBy(service));
            assertThat(environment).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
        }
    }

    @Test
    void publishesEachServiceOnTheDefaultPortOfItsApplicationYml() {
        Map<String, String> ports = Map.of("fetcher", "127.0.0.1:8081", "classifier", "127.0.0.1:8082", "notifier", "8083",
                "tracker", "8084");
        ports.forEach((service, published) -> {
            String port = published.substring(published.lastIndexOf(':') + 1);
            assertThat((List<String>) Repo.at(services, service, "ports")).containsExactly(published + ":" + port);
            assertThat(Repo.read(Repo.root().resolve(service + "/src/main/resources/application.yml")))
                    .contains("${" + service.toUpperCase() + "_PORT:" + port + "}");
        });
    }

    /** What people outside the host open: the notifier's and the tracker's pages. Everything else is for this host's operators. */
    @Test
    void publishesOnEveryInterfaceOnlyThePagesSubscribersOpen() {
        List<String> everyInterface = new ArrayList<>();
        services.forEach((name, service) -> {
            List<Object> ports = Repo.at(service, "ports");
            for (Object port : ports == null ? List.of() : ports) {
                assertThat(port).as("%s publishes %s: use the short form host:port:port", name, port).isInstanceOf(String.class);
                if (!((String) port).startsWith("127.0.0.1:")) {
                    everyInterface.add(name + " " + port);
                }
            }
        });
        assertThat(everyInterface).containsExactlyInAnyOrder("notifier 8083:8083", "tracker 8084:8084");
    }

    @Test
    void scrapesWithTheMonitoringTokenThatTheServicesCheck() {
        for (String service : Repo.SERVICES) {
            assertThat((Map<String, Object>) Repo.at(services, service, "environment")).as(service)
                    .containsEntry("MONITORING_TOKEN", "${MONITORING_TOKEN:?set MONITORING_TOKEN in deploy/.env}");
        }
        assertThat((List<String>) Repo.at(services, "prometheus", "secrets")).containsExactly("monitoring_token");
        assertThat((String) Repo.at(compose, "secrets", "monitoring_token", "environment")).isEqualTo("MONITORING_TOKEN");
        Map<String, Object> job = ((List<Map<String, Object>>) Repo.at(Repo.yaml(Repo.deploy("prometheus/prometheus.yml")),
                "scrape_configs")).get(0);
        assertThat((String) Repo.at(job, "authorization", "credentials_file")).isEqualTo("/run/secrets/monitoring_token");
    }

    @Test
    void takesEverySecretFromTheUncommittedEnvFileWhoseExampleListsIt() {
        Matcher interpolation = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(Repo.read(Repo.deploy("compose.yaml")));
        List<String> used = new ArrayList<>();
        while (interpolation.find()) {
            used.add(interpolation.group(1));
        }
        assertThat(used).contains("POSTGRES_PASSWORD", "NOTIFIER_ADMIN_TOKEN", "NOTIFIER_SIGNING_SECRET");
        assertThat(Repo.envFile(Repo.deploy(".env.example")).keySet()).containsAll(used);
        assertThat(Repo.read(Repo.root().resolve(".gitignore")).lines()).contains(".env");
        assertThat(Repo.read(Repo.deploy("compose.yaml"))).doesNotContainPattern("(?i)password: [^$\\s]");
    }

    @Test
    void mountsOnlyFilesThatExist() {
        services.forEach((name, service) -> {
            List<String> volumes = Repo.at(service, "volumes");
            for (String volume : volumes == null ? List.<String>of() : volumes) {
                if (volume.startsWith("./")) {
                    assertThat(Files.exists(Repo.deploy(volume.substring(2).split(":")[0])))
                            .as("%s mounts %s", name, volume).isTrue();
                }
            }
        });
    }

    @Test
    void createsEveryTopicTheServicesUseWithSixPartitions() {
        String command = String.join("\n", (List<String>) Repo.at(services, "kafka-topics", "command"));
        assertThat(command).contains(Topics.NOTICES_FETCHED, Topics.NOTICES_FETCHED_DLQ,
                Topics.NOTICES_CLASSIFIED, Topics.NOTICES_CLASSIFIED_DLQ, "--partitions 6");
        assertThat(command).contains("create " + Topics.NOTICES_FETCHED + " -1");
    }

    @Test
    void scrapesTheFourServicesWhereComposeRunsThem() {
        Map<String, Object> prometheus = Repo.yaml(Repo.deploy("prometheus/prometheus.yml"));
        List<Map<String, Object>> jobs = Repo.at(prometheus, "scrape_configs");
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job).containsEntry("metrics_path", "/prometheus");
            assertThat(job.toString()).contains("fetcher:8081", "classifier:8082", "notifier:8083", "tracker:8084");
        });
        assertThat((List<String>) prometheus.get("rule_files")).containsExactly("alerts.yml");
    }
}
