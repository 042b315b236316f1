package org.tenderwatch.e2e.harness;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.tenderwatch.e2e.ServiceProcess;
import org.tenderwatch.embedded.EmbeddedKafka;
import org.tenderwatch.embedded.EmbeddedPostgresServer;
import org.tenderwatch.events.Topics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The real stack of one run: its own Kafka broker and PostgreSQL server (in this JVM, each on a fixed port and data
 * folder so that it can be stopped and started again under the services), and the four services, each in its own
 * JVM from its runnable jar.
 */
final class Stack implements AutoCloseable {

    static final String MONITORING_TOKEN = "harness-monitoring-" + Long.toHexString(System.nanoTime());
    static final String ADMIN_TOKEN = "harness-admin-" + Long.toHexString(System.nanoTime());

    private final Path data;
    private final int kafkaPort;
    private final int postgresPort;
    private volatile EmbeddedKafka kafka;
    private volatile EmbeddedPostgresServer postgres;
    final ServiceProcess fetcher;
    final ServiceProcess classifier;
    final ServiceProcess notifier;
    final ServiceProcess tracker;
    final String notifierDatabase;

    Stack(Path data, Ports ports, RunSettings run, SourceServer source, SmtpSink smtp, SlackSink slack) throws IOException {
        this.data = data;
        this.kafkaPort = ports.next();
        this.postgresPort = ports.next();
        startKafka();
        createTopics();
        startPostgres();
        String kafka = bootstrapServers();
        notifierDatabase = postgres.createDatabase("notifier");
        int trackerPort = ports.next();
        tracker = new ServiceProcess("tracker", trackerPort, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "MONITORING_TOKEN", MONITORING_TOKEN,
                "TRACKER_DB_URL", postgres.createDatabase("tracker"),
                "TRACKER_DB_USER", EmbeddedPostgresServer.USER,
                "TRACKER_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD), Map.of());
        notifier = new ServiceProcess("notifier", ports.next(), Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", kafka),
                Map.entry("MONITORING_TOKEN", MONITORING_TOKEN),
                Map.entry("NOTIFIER_DB_URL", notifierDatabase),
                Map.entry("NOTIFIER_DB_USER", EmbeddedPostgresServer.USER),
                Map.entry("NOTIFIER_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD),
                Map.entry("NOTIFIER_ADMIN_TOKEN", ADMIN_TOKEN),
                Map.entry("NOTIFIER_SIGNING_SECRET", "harness-signing-secret-long-enough-" + System.nanoTime()),
                // Every alert links to its procurement's page, which names its OCID: how the ledger knows what a message is about.
                Map.entry("NOTIFIER_TRACKER_URL", "http://127.0.0.1:" + trackerPort),
                Map.entry("NOTIFIER_SLACK_LOCAL_DEMO_WEBHOOKS", slack.prefix()),
                // Shorter than the production 5 min so that a killed notifier's claimed delivery goes out again within the
                // run, but far longer than a send on a loaded machine: a lease that runs out mid-send is a second send.
                Map.entry("NOTIFIER_DELIVERY_LEASE", "30s"),
                // The ledger counts each alert's own message: no releases gathered into one thread message.
                Map.entry("NOTIFIER_THREADS_GATHER_WINDOW", "0s"),
                Map.entry("SMTP_HOST", "127.0.0.1"),
                Map.entry("SMTP_PORT", String.valueOf(smtp.port()))), Map.of(
                // Retries within seconds, not the production half-minute, so that a run after a fault ends in minutes.
                "notifier.delivery.initial-backoff", "1s",
                "notifier.delivery.max-backoff", "10s",
                // The receivers are local: Slack's pacing of one post a second per webhook is not what is measured.
                "notifier.channels.slack.min-interval", run.slackInterval(),
                // Nor a Slack burst gathered into one capped post, whose unlisted alerts the ledger could not see.
                "notifier.volume.burst-threshold", "1000000"));
        classifier = new ServiceProcess("classifier", ports.next(), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "MONITORING_TOKEN", MONITORING_TOKEN,
                "CLASSIFIER_STATE_DIR", data.resolve("classifier-state").toString()), Map.of());
        fetcher = new ServiceProcess("fetcher", ports.next(), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "MONITORING_TOKEN", MONITORING_TOKEN,
                "FETCHER_DB_URL", postgres.createDatabase("fetcher"),
                "FETCHER_DB_USER", EmbeddedPostgresServer.USER,
                "FETCHER_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD,
                "FETCHER_LIVE_ENABLED", "false"), Map.of(
                "fetcher.sources.find-a-tender.enabled", "true",
                "fetcher.sources.find-a-tender.base-url", source.baseUrl(),
                "fetcher.sources.find-a-tender.poll-interval", "2s",
                "fetcher.sources.find-a-tender.window-size", run.windowSize().toSeconds() + "s",
                "fetcher.sources.find-a-tender.overlap", "10s",
                "fetcher.sources.find-a-tender.look-back", run.lookBack().toSeconds() + "s"));
    }

    List<ServiceProcess> services() {
        return List.of(fetcher, classifier, notifier, tracker);
    }

    /** PostgreSQL writes its postmaster's pid on the first line of this file while it runs. */
    Path postgresPidFile() {
        return data.resolve("postgres").resolve("postmaster.pid");
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    void stopKafka() {
        kafka.close();
    }

    void startKafka() throws IOException {
        kafka = EmbeddedKafka.start(data.resolve("kafka"), kafkaPort);
    }

    void stopPostgres() throws IOException {
        postgres.close();
    }

    void startPostgres() throws IOException {
        postgres = EmbeddedPostgresServer.start(data, postgresPort);
    }

    /**
     * Created before any service with the broker's append time as record time, so that each topic's timestamps say
     * when a stage published a notice (Kafka Streams would otherwise copy the fetched record's time forward).
     */
    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Map<String, String> appendTime = Map.of("message.timestamp.type", "LogAppendTime");
            admin.createTopics(List.of(
                    new NewTopic(Topics.NOTICES_FETCHED, 3, (short) 1).configs(appendTime),
                    new NewTopic(Topics.NOTICES_CLASSIFIED, 3, (short) 1).configs(appendTime))).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create the run's topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topics", e);
        }
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess service : List.of(fetcher, classifier, notifier, tracker)) {
            service.close();
        }
        kafka.close();
        postgres.close();
    }
}
