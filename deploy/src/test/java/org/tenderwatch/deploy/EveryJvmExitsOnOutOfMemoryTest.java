package org.tenderwatch.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM out of memory has threads that died quietly; with {@code -XX:+ExitOnOutOfMemoryError} it exits instead, so
 * that compose, Kubernetes or ./run-local's watch loop sees it, and the at-least-once design picks up where it
 * stopped. Every place that starts one is checked: the image, compose, Kubernetes, ./run-local and the test
 * harnesses that start the services' jars.
 */
class EveryJvmExitsOnOutOfMemoryTest {

    private static final String FLAG = "-XX:+ExitOnOutOfMemoryError";
    /** A line of Java or shell that starts a JVM on a class or jar: {@code "-jar"}, {@code -cp}, {@code "-cp"}. */
    private static final Pattern STARTS_A_JVM = Pattern.compile("\\bjava\\b.*(\\s|\")(-jar|-cp)(\\s|\")|\"bin\", \"java\"");

    @Test
    void theServiceImageStartsItsJvmWithTheFlag() {
        String dockerfile = Repo.read(Repo.deploy("docker/Dockerfile"));
        Matcher options = Pattern.compile("(?m)^ENV JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(dockerfile);
        assertThat(options.find()).as("the Dockerfile sets JAVA_TOOL_OPTIONS").isTrue();
        assertThat(options.group(1)).contains(FLAG);
        assertThat(dockerfile).containsPattern("(?m)^ENTRYPOINT \\[\"java\", \"-jar\"");
    }

    @Test
    void composeRunsTheServicesFromThatImageAndKafkaWithTheFlag() {
        Map<String, Object> services = Repo.at(Repo.yaml(Repo.deploy("compose.yaml")), "services");
        services.forEach((name, service) -> {
            Map<String, Object> environment = Repo.at(service, "environment");
            String image = Repo.at(service, "image");
            if (Repo.SERVICES.contains(name)) {
                assertThat((String) Repo.at(service, "build", "dockerfile")).as(name).isEqualTo("deploy/docker/Dockerfile");
                assertThat(environment).as("%s must not replace the image's JAVA_TOOL_OPTIONS", name)
                        .doesNotContainKeys("JAVA_TOOL_OPTIONS", "JAVA_OPTS");
            } else if (image.startsWith("apache/kafka")) {
                assertThat(environment).as(name).isNotNull();
                assertThat((String) environment.get("KAFKA_OPTS")).as("%s KAFKA_OPTS", name).contains(FLAG);
            }
        });
    }

    @Test
    void kubernetesRunsTheServicesFromThatImageAndKafkaWithTheFlag() {
        List<String> checked = new ArrayList<>();
        for (String resource : (List<String>) Repo.yaml(Repo.deploy("k8s/kustomization.yaml")).get("resources")) {
            for (Map<String, Object> manifest : Repo.yamlDocuments(Repo.read(Repo.deploy("k8s/" + resource)))) {
                List<Map<String, Object>> containers = Repo.at(manifest, "spec", "template", "spec", "containers");
                for (Map<String, Object> container : containers == null ? List.<Map<String, Object>>of() : containers) {
                    String image = (String) container.get("image");
                    List<Map<String, Object>> env = (List<Map<String, Object>>) container.getOrDefault("env", List.of());
                    if (image.startsWith("tenderwatch/")) {
                        assertThat(env).as("%s must not replace the image's JAVA_TOOL_OPTIONS", image)
                                .noneMatch(variable -> List.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS").contains(variable.get("name")));
                        checked.add(image);
                    } else if (image.startsWith("apache/kafka")) {
                        assertThat(env).as("%s in %s", image, resource).anySatisfy(variable -> {
                            assertThat(variable.get("name")).isEqualTo("KAFKA_OPTS");
                            assertThat((String) variable.get("value")).contains(FLAG);
                        });
                        checked.add(image);
                    }
                }
            }
        }
        assertThat(checked).contains("tenderwatch/fetcher", "tenderwatch/classifier", "tenderwatch/notifier", "apache/kafka:3.9.1");
    }

    @Test
    void runLocalAndTheTestHarnessesStartEveryJvmWithTheFlag() {
        String runLocal = Repo.read(Repo.root().resolve("run-local"));
        assertThat(runLocal).containsPattern("(?m)^JVM_OPTIONS=\\(.*" + Pattern.quote(FLAG));
        List<String> launches = new ArrayList<>();
        // A command continued over lines (ending in a backslash) is one command.
        runLocal.replace("\\\n", " ").lines().filter(line -> STARTS_A_JVM.matcher(line).find()).forEach(line -> {
            launches.add(line);
            assertThat(line).as("./run-local: %s", line.strip()).contains("\"${JVM_OPTIONS[@]}\"");
        });
        assertThat(launches).as("./run-local starts the infrastructure and the services").hasSizeGreaterThanOrEqualTo(2);

        List<Path> harnesses = new ArrayList<>();
        for (String module : List.of("e2e", "deploy", "classifier", "fetcher", "notifier")) {
            Path tests = Repo.root().resolve(module + "/src/test/java");
            if (tests.toFile().isDirectory()) {
                Repo.filesUnder(tests, ".java").stream()
                        .filter(file -> STARTS_A_JVM.matcher(Repo.read(file)).find())
                        .forEach(harnesses::add);
            }
        }
        assertThat(harnesses).as("the test harnesses that start JVMs").isNotEmpty()
                .allSatisfy(file -> assertThat(Repo.read(file)).as("%s starts a JVM", file).contains(FLAG));
    }
}
