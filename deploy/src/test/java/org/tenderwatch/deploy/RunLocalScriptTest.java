package org.tenderwatch.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ./run-local promises about the machine it runs on: its services listen on 127.0.0.1 (the infrastructure's
 * own bindings are tested in embedded's LocalInfrastructureIntegrationTest), its data folder is its owner's alone,
 * and --replay without a folder replays the sample shipped in the repository.
 */
class RunLocalScriptTest {

    private final String script = Repo.read(Repo.root().resolve("run-local"));
    private final List<String> lines = script.lines().map(String::strip).toList();

    @Test
    void makesEveryFileOwnerOnlyBeforeWritingAny() {
        int umask = lines.indexOf("umask 077");
        int firstWrite = indexOfFirst("mkdir ");
        assertThat(umask).as("umask 077 in run-local").isNotNegative().isLessThan(firstWrite);
        assertThat(lines).as("a data folder from an older version is made owner-only").contains("chmod -R go-rwx \"$DATA\"");
    }

    @Test
    void bindsTheServicesToLoopbackUnlessToldOtherwise() {
        int binding = lines.indexOf("export MICRONAUT_SERVER_HOST=${MICRONAUT_SERVER_HOST:-127.0.0.1}");
        assertThat(binding).as("run-local exports MICRONAUT_SERVER_HOST=127.0.0.1 by default").isNotNegative()
                .isLessThan(indexOfFirst("start_service() {"));
    }

    @Test
    void replaysTheShippedSampleWhenGivenNoFolder() {
        assertThat(script).contains("REPLAY=\"$ROOT/deploy/local/sample\"");
        assertThat(Files.isDirectory(Repo.deploy("local/sample/releases"))).isTrue();
        assertThat(Repo.read(Repo.deploy("local/sample/README.md"))).contains("Open Government Licence v3.0");
    }

    private int indexOfFirst(String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("run-local has no line starting with " + prefix);
    }
}
