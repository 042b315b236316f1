package org.tenderwatch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real Kafka broker and one real PostgreSQL server per test JVM, started on first use on free ports and
 * shared by every test in it; stopped when the JVM exits. Each test class asks for its own database or topics
 * so that tests do not see each other's data.
 */
public final class SharedTestInfrastructure {

    private static EmbeddedKafka kafka;
    private static EmbeddedPostgresServer postgres;
    private static Path dataDir;

    private SharedTestInfrastructure() {
    }

    public static synchronized EmbeddedKafka kafka() {
        if (kafka == null) {
            try {
                kafka = EmbeddedKafka.start(dataDir().resolve("kafka"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the test Kafka broker", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "stop-test-kafka"));
        }
        return kafka;
    }

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgresServer.start(null, 0);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the test PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "stop-test-postgres"));
        }
        return postgres;
    }

    /** A fresh, empty database on the shared server: one per test class that needs isolation. */
    public static String freshDatabase(String prefix) {
        return postgres().createDatabase(prefix + "_" + Long.toHexString(System.nanoTime()));
    }

    /** Micronaut properties that point a service at the shared broker. */
    public static Map<String, String> kafkaProperties() {
        return Map.of("kafka.bootstrap.servers", kafka().bootstrapServers());
    }

    /** Micronaut properties that point a service's default datasource at a fresh database. */
    public static Map<String, String> freshDatasourceProperties(String prefix) {
        return Map.of(
                "datasources.default.url", freshDatabase(prefix),
                "datasources.default.username", EmbeddedPostgresServer.USER,
                "datasources.default.password", EmbeddedPostgresServer.PASSWORD);
    }

    private static Path dataDir() throws IOException {
        if (dataDir == null) {
            dataDir = Files.createTempDirectory("tenderwatch-test-");
            dataDir.toFile().deleteOnExit();
        }
        return dataDir;
    }
}
