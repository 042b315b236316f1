package org.tenderwatch.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything the services need on one machine, for {@code ./run-local}: a real Kafka broker, a real PostgreSQL
 * server with the services' databases, an SMTP server whose mail is kept as {@code .eml} files and shown on a
 * web page, and a Slack webhook receiver. Data lives under one directory, so state survives a restart.
 * When everything listens it writes {@code infrastructure.ready}; the launcher waits for that file.
 */
public final class LocalInfrastructure implements AutoCloseable {

    static final String READY_FILE = "infrastructure.ready";
    private static final Logger LOG = LoggerFactory.getLogger(LocalInfrastructure.class);

    private final LocalSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafka kafka;

    private LocalInfrastructure(LocalSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        LocalSettings settings = LocalSettings.fromEnvironment(System.getenv());
        try {
            settings.requirePortsFree();
        } catch (IllegalStateException e) {
            LOG.error("cannot start the local infrastructure: {}", e.getMessage());
            System.exit(2);
        }
        LocalInfrastructure infrastructure = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "stop-local-infrastructure"));
        Thread.currentThread().join();
    }

    /** Starts every part, stopping the ones already started if a later one fails. */
    public static LocalInfrastructure start(LocalSettings settings) throws IOException {
        LocalInfrastructure infrastructure = new LocalInfrastructure(settings);
        try {
            infrastructure.startAll();
        } catch (IOException | RuntimeException e) {
            infrastructure.close();
            throw e;
        }
        return infrastructure;
    }

    private void startAll() throws IOException {
        Path data = settings.dataDir();
        Files.createDirectories(data);
        Files.deleteIfExists(data.resolve(READY_FILE));
        postgres = remember(EmbeddedPostgresServer.start(data, settings.postgresPort()));
        postgres.createDatabase("fetcher");
        postgres.createDatabase("notifier");
        postgres.createDatabase("tracker");
        LOG.info("PostgreSQL listening on 127.0.0.1:{} (databases fetcher, notifier, tracker; data in {})",
                postgres.port(), data.resolve("postgres"));
        kafka = remember(EmbeddedKafka.start(data.resolve("kafka"), settings.kafkaPort()));
        LOG.info("Kafka listening on {} (data in {})", kafka.bootstrapServers(), data.resolve("kafka"));
        LocalMailbox mailbox = remember(LocalMailbox.start(data.resolve("mail"), settings.smtpPort()));
        MailPage page = remember(MailPage.start(mailbox.directory(), settings.mailPagePort()));
        LOG.info("SMTP listening on 127.0.0.1:{}; received mail in {} and on http://127.0.0.1:{}/",
                mailbox.port(), mailbox.directory(), page.port());
        SlackReceiver slack = remember(SlackReceiver.start(data.resolve("slack"), settings.slackPort()));
        LOG.info("Slack webhook receiver at {} (list on {})", slack.webhookUrl("demo"), slack.pageUrl());
        Files.writeString(data.resolve(READY_FILE), ProcessHandle.current().pid() + "\n");
        LOG.info("local infrastructure ready");
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public LocalSettings settings() {
        return settings;
    }

    private <T extends AutoCloseable> T remember(T part) {
        started.push(part);
        return part;
    }

    /** Stops the parts in reverse order; a part that fails to stop does not keep the others running. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("could not stop {} cleanly: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
        try {
            Files.deleteIfExists(settings.dataDir().resolve(READY_FILE));
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", READY_FILE, e.toString());
        }
        LOG.info("local infrastructure stopped");
    }
}
