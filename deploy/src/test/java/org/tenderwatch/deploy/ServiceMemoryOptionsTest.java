package org.tenderwatch.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM options that keep a service within 256 MB are the same wherever it runs: ./run-local, the image that compose
 * and Kubernetes run, and the end-to-end tests, whose figures would otherwise say nothing of the other two.
 */
class ServiceMemoryOptionsTest {

    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m",
            "-XX:ReservedCodeCacheSize=64m", "-XX:MaxDirectMemorySize=64m", "-Xss512k");

    @Test
    void runLocalStartsEveryServiceWithThemAndAClassDataArchive() {
        String runLocal = Repo.read(Repo.root().resolve("run-local"));
        Matcher options = Pattern.compile("(?s)SERVICE_JVM_OPTIONS=\\((.*?)\\)").matcher(runLocal);
        assertThat(options.find()).as("run-local sets SERVICE_JVM_OPTIONS").isTrue();
        assertThat(options.group(1)).contains(OPTIONS).contains("-Xmx\"$SERVICE_HEAP\"");
        assertThat(runLocal).contains("SERVICE_HEAP=${SERVICE_HEAP:-128m}", "export MALLOC_ARENA_MAX=")
                .containsPattern("start \"\\$1\" .*java \"\\$\\{SERVICE_JVM_OPTIONS\\[@]}\" \"\\$\\(class_data_options \"\\$1\"\\)\"")
                .contains("-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=").doesNotContain("VM.cds dynamic_dump");
    }

    @Test
    void theImageAndTheEndToEndTestsUseThemToo() {
        String dockerfile = Repo.read(Repo.deploy("docker/Dockerfile"));
        Matcher image = Pattern.compile("(?m)^ENV JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(dockerfile);
        assertThat(image.find()).isTrue();
        assertThat(image.group(1)).contains(OPTIONS).contains("-Xmx128m");
        assertThat(dockerfile).contains("MALLOC_ARENA_MAX=2");

        String serviceProcess = Repo.read(Repo.root().resolve("e2e/src/test/java/org/tenderwatch/e2e/ServiceProcess.java"));
        assertThat(serviceProcess).contains("DEFAULT_JVM_OPTIONS = \"-Xmx128m ", "\"MALLOC_ARENA_MAX\", \"2\"")
                .contains(OPTIONS);
    }

    @Test
    void composeAndKubernetesLimitEachServiceJustAbove256MB() {
        assertThat(Repo.read(Repo.deploy("compose.yaml"))).contains("limits: { memory: 320m }");
        for (String service : Repo.ALL_SERVICES) {
            assertThat(Repo.read(Repo.deploy("k8s/" + service + ".yaml"))).as(service)
                    .contains("requests: { cpu: 200m, memory: 256Mi }", "limits: { memory: 320Mi }");
        }
    }
}
