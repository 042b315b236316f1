package org.tenderwatch.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Where the local stack keeps its data and which ports it listens on. Fixed ports by default, so that the
 * services' own defaults ({@code 127.0.0.1:19092}, {@code 127.0.0.1:15432}) reach it without any setting.
 */
public record LocalSettings(Path dataDir, int kafkaPort, int postgresPort, int smtpPort, int mailPagePort, int slackPort) {

    public static final int KAFKA_PORT = 19092;
    public static final int POSTGRES_PORT = 15432;
    public static final int SMTP_PORT = 3025;
    public static final int MAIL_PAGE_PORT = 8025;
    public static final int SLACK_PORT = 8026;

    /** Reads {@code LOCAL_DATA_DIR}, {@code LOCAL_KAFKA_PORT}, … from the environment, falling back to the defaults. */
    public static LocalSettings fromEnvironment(Map<String, String> env) {
        UnaryOperator<String> read = name -> env.getOrDefault(name, "").isBlank() ? null : env.get(name).trim();
        return new LocalSettings(
                Path.of(read.apply("LOCAL_DATA_DIR") == null ? ".data" : read.apply("LOCAL_DATA_DIR")).toAbsolutePath(),
                port(read.apply("LOCAL_KAFKA_PORT"), KAFKA_PORT, "LOCAL_KAFKA_PORT"),
                port(read.apply("LOCAL_POSTGRES_PORT"), POSTGRES_PORT, "LOCAL_POSTGRES_PORT"),
                port(read.apply("LOCAL_SMTP_PORT"), SMTP_PORT, "LOCAL_SMTP_PORT"),
                port(read.apply("LOCAL_MAIL_PAGE_PORT"), MAIL_PAGE_PORT, "LOCAL_MAIL_PAGE_PORT"),
                port(read.apply("LOCAL_SLACK_PORT"), SLACK_PORT, "LOCAL_SLACK_PORT"));
    }

    /** Every port taken from the free ones: for tests running beside a local stack. */
    public static LocalSettings onFreePorts(Path dataDir) {
        int[] ports = IntStream.generate(FreePorts::next).distinct().limit(5).toArray();
        return new LocalSettings(dataDir, ports[0], ports[1], ports[2], ports[3], ports[4]);
    }

    /** Fails before anything starts, naming the port and what wanted it, when any of them is taken. */
    public void requirePortsFree() {
        FreePorts.requireFree(kafkaPort, "Kafka (LOCAL_KAFKA_PORT)");
        FreePorts.requireFree(postgresPort, "PostgreSQL (LOCAL_POSTGRES_PORT)");
        FreePorts.requireFree(smtpPort, "the SMTP server (LOCAL_SMTP_PORT)");
        FreePorts.requireFree(mailPagePort, "the mail page (LOCAL_MAIL_PAGE_PORT)");
        FreePorts.requireFree(slackPort, "the Slack webhook receiver (LOCAL_SLACK_PORT)");
    }

    private static int port(String value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException("out of range");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number between 1 and 65535, not '" + value + "'", e);
        }
    }
}
