package org.tenderwatch.deploy;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The root README's configuration table stays true to what the services and the local stack read. */
class DeployReadmeTest {

    private final String readme = Repo.read(Repo.root().resolve("README.md"));

    @Test
    void documentsEveryEnvironmentVariableTheServicesTheLocalStackAndTheEnvFileUse() {
        Set<String> variables = new TreeSet<>();
        Repo.ALL_SERVICES.forEach(service -> variables.addAll(Repo.environmentReadBy(service)));
        Matcher local = Pattern.compile("\"(LOCAL_[A-Z_]+)\"").matcher(Repo.read(
                Repo.root().resolve("embedded/src/main/java/org/tenderwatch/embedded/LocalSettings.java")));
        while (local.find()) {
            variables.add(local.group(1));
        }
        variables.addAll(Repo.envFile(Repo.deploy(".env.example")).keySet());
        assertThat(variables).contains("KAFKA_BOOTSTRAP_SERVERS", "LOCAL_DATA_DIR", "POSTGRES_PASSWORD")
                .allSatisfy(variable -> assertThat(readme).as("README.md documents %s", variable)
                        .contains("`" + variable + "`"));
    }
}
