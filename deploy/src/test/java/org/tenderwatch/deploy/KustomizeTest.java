package org.tenderwatch.deploy;

import org.junit.jupiter.api.Test;
import org.tenderwatch.events.Topics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** deploy/k8s as Kustomize builds it: probes, resources, configuration, topics with room to scale. */
class KustomizeTest {

    private final Path k8s = Repo.deploy("k8s");
    private final Map<String, Object> kustomization = Repo.yaml(k8s.resolve("kustomization.yaml"));

    @Test
    void referencesOnlyFilesThatExist() {
        List<String> referenced = new ArrayList<>((List<String>) kustomization.get("resources"));
        for (Map<String, Object> generator : (List<Map<String, Object>>) kustomization.get("configMapGenerator")) {
            referenced.addAll(generator.containsKey("envs") ? (List<String>) generator.get("envs") : List.of());
            ((List<String>) generator.getOrDefault("files", List.of())).forEach(file -> referenced.add(file.split("=")[1]));
        }
        assertThat(referenced).allSatisfy(file -> assertThat(k8s.resolve(file)).isRegularFile());
        assertThat(Repo.read(k8s.resolve("postgres-init.sql"))).isEqualTo(Repo.read(Repo.deploy("postgres/init.sql")));
    }

    @Test
    void probesEachServiceOnItsManagementEndpointsWithinItsResources() {
        for (Map<String, Object> deployment : ofKind(manifests(), "Deployment")) {
            Map<String, Object> container = container(deployment);
            String name = Repo.at(deployment, "metadata", "name");
            assertThat((String) Repo.at(container, "livenessProbe", "httpGet", "path")).as(name).isEqualTo("/health/liveness");
            assertThat((String) Repo.at(container, "readinessProbe", "httpGet", "path")).as(name).isEqualTo("/health/readiness");
            assertThat((Map<String, Object>) Repo.at(container, "resources", "requests")).as(name).containsKeys("cpu", "memory");
            assertThat((Map<String, Object>) Repo.at(container, "resources", "limits")).as(name).containsKey("memory");
            assertThat(container.get("envFrom").toString()).as(name).contains("tenderwatch-config");
        }
    }

    @Test
    void configuresServicesOnlyWithSettingsTheyReadAndSecretsTheEnvFileNames() {
        Set<String> readByAny = new HashSet<>();
        Repo.ALL_SERVICES.forEach(service -> readByAny.addAll(Repo.environmentReadBy(service)));
        assertThat(Repo.envFile(k8s.resolve("config.env")).keySet()).isSubsetOf(readByAny);
        Set<String> secretKeys = Repo.envFile(Repo.deploy(".env.example")).keySet();
        for (Map<String, Object> deployment : ofKind(manifests(), "Deployment")) {
            String service = Repo.at(deployment, "metadata", "name");
            List<Map<String, Object>> env = (List<Map<String, Object>>) container(deployment).getOrDefault("env", List.of());
            for (Map<String, Object> variable : env) {
                assertThat(Repo.environmentReadBy(service)).as("%s reads %s", service, variable.get("name"))
                        .contains((String) variable.get("name"));
                assertThat(secretKeys).contains((String) Repo.at(variable, "valueFrom", "secretKeyRef", "key"));
            }
        }
    }

    @Test
    void givesEachServiceTheMonitoringTokenPrometheusScrapesWithAndKeepsThemInsideTheCluster() {
        for (Map<String, Object> deployment : ofKind(manifests(), "Deployment")) {
            List<Map<String, Object>> env = (List<Map<String, Object>>) container(deployment).getOrDefault("env", List.of());
            assertThat(env).as((String) Repo.at(deployment, "metadata", "name")).anySatisfy(variable -> {
                assertThat(variable.get("name")).isEqualTo("MONITORING_TOKEN");
                assertThat((String) Repo.at(variable, "valueFrom", "secretKeyRef", "key")).isEqualTo("MONITORING_TOKEN");
            });
        }
        // Services are ClusterIP: what is public (the notifier's pages) goes out through the cluster's ingress.
        for (Map<String, Object> service : ofKind(manifests(), "Service")) {
            assertThat((String) Repo.at(service, "spec", "type")).as((String) Repo.at(service, "metadata", "name"))
                    .isIn(null, "ClusterIP");
        }
    }

    @Test
    void hasTopicsWithAPartitionForEveryReplicaAndOneFetcher() {
        String job = Repo.read(k8s.resolve("topics-job.yaml"));
        assertThat(job).contains(Topics.NOTICES_FETCHED, Topics.NOTICES_FETCHED_DLQ, Topics.NOTICES_CLASSIFIED,
                Topics.NOTICES_CLASSIFIED_DLQ, "--partitions 6");
        assertThat(job).contains("create " + Topics.NOTICES_FETCHED + " -1");
        for (Map<String, Object> deployment : ofKind(manifests(), "Deployment")) {
            assertThat((Integer) Repo.at(deployment, "spec", "replicas")).isBetween(1, 6);
        }
        Map<String, Object> fetcher = ofKind(manifests(), "Deployment").stream()
                .filter(deployment -> "fetcher".equals(Repo.at(deployment, "metadata", "name"))).findFirst().orElseThrow();
        assertThat((Integer) Repo.at(fetcher, "spec", "replicas")).isEqualTo(1);
        assertThat((String) Repo.at(fetcher, "spec", "strategy", "type")).isEqualTo("Recreate");
    }

    @Test
    void buildsWithKustomizeIntoNamespacedResourcesWithGeneratedConfig() throws Exception {
        List<String> command = kustomizeCommand();
        assumeTrue(command != null, "neither kubectl nor kustomize is on PATH: `kubectl kustomize deploy/k8s` not run");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<Map<String, Object>> built = Repo.yamlDocuments(output);
        assertThat(ofKind(built, "Deployment")).hasSize(4);
        assertThat(ofKind(built, "Job")).hasSize(1);
        for (Map<String, Object> resource : built) {
            if (!"Namespace".equals(resource.get("kind"))) {
                assertThat((String) Repo.at(resource, "metadata", "namespace")).isEqualTo("tenderwatch");
            }
        }
        // The generator names the ConfigMap after a hash of its content; every Deployment must be pointed at that
        // generated name (not the bare one, which does not exist in the cluster) and the hash must be that of
        // config.env as it is now, so a changed setting rolls the pods.
        List<String> configMaps = ofKind(built, "ConfigMap").stream().map(map -> (String) Repo.at(map, "metadata", "name"))
                .filter(name -> name.startsWith("tenderwatch-config")).toList();
        assertThat(configMaps).singleElement().satisfies(name -> assertThat(name).matches("tenderwatch-config-[a-z0-9]{10}"));
        Map<String, Object> generated = ofKind(built, "ConfigMap").stream()
                .filter(map -> configMaps.get(0).equals(Repo.at(map, "metadata", "name"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) generated.get("data")).containsAllEntriesOf(Repo.envFile(k8s.resolve("config.env")));
        for (Map<String, Object> deployment : ofKind(built, "Deployment")) {
            List<Map<String, Object>> envFrom = Repo.at(container(deployment), "envFrom");
            assertThat(envFrom).as((String) Repo.at(deployment, "metadata", "name"))
                    .extracting(source -> (String) Repo.at(source, "configMapRef", "name")).containsExactly(configMaps.get(0));
        }
    }

    private List<String> kustomizeCommand() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, "kubectl"))) {
                return List.of(Path.of(directory, "kubectl").toString(), "kustomize", k8s.toString());
            }
            if (Files.isExecutable(Path.of(directory, "kustomize"))) {
                return List.of(Path.of(directory, "kustomize").toString(), "build", k8s.toString());
            }
        }
        return null;
    }

    private List<Map<String, Object>> manifests() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (String resource : (List<String>) kustomization.get("resources")) {
            all.addAll(Repo.yamlDocuments(Repo.read(k8s.resolve(resource))));
        }
        return all;
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> resources, String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = Repo.at(deployment, "spec", "template", "spec", "containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }
}
