package org.tenderwatch.deploy;

import org.tenderwatch.embedded.EmbeddedPostgresServer;
import org.tenderwatch.embedded.FreePorts;
import org.tenderwatch.embedded.LocalMailbox;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.embedded.SlackReceiver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three services' runnable jars, started as separate processes the way {@code ./run-local} and the
 * containers start them, against the test JVM's real Kafka and PostgreSQL, a real SMTP server and a Slack
 * webhook receiver. The fetcher replays the recorded notices so that the pipeline really runs.
 */
final class RunningServices implements AutoCloseable {

    private static final String ADMIN_TOKEN = "deploy-check-admin-token-0123456789";
    static final String MONITORING_TOKEN = "deploy-check-monitoring-token-0123456789";

    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final LocalMailbox mailbox;
    private final SlackReceiver slack;

    private RunningServices(LocalMailbox mailbox, SlackReceiver slack) {
        this.mailbox = mailbox;
        this.slack = slack;
    }

    /**
     * Downstream first, then a subscriber to every relevant notice, then the fetcher: so that replayed notices
     * go all the way to a sent mail and every stage's metrics are really exposed.
     */
    static RunningServices start(Path workDir) throws Exception {
        // Broker and database first, so that none of them takes a port chosen for a service not yet listening.
        SharedTestInfrastructure.kafka();
        SharedTestInfrastructure.postgres();
        RunningServices running = new RunningServices(LocalMailbox.start(workDir.resolve("mail"), FreePorts.next()),
                SlackReceiver.start(workDir.resolve("slack"), FreePorts.next()));
        try {
            running.launch("notifier", workDir);
            running.launch("classifier", workDir);
            running.awaitHealthy(workDir, "notifier", "classifier");
            running.subscribe();
            running.launch("fetcher", workDir);
            running.awaitHealthy(workDir, "fetcher");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(running::mailArrived);
            return running;
        } catch (Exception | AssertionError e) {
            running.close();
            throw e;
        }
    }

    private boolean mailArrived() throws IOException {
        try (var files = Files.list(mailbox.directory())) {
            return files.findAny().isPresent();
        }
    }

    private void subscribe() throws IOException, InterruptedException {
        String body = "{\"name\":\"deploy check\",\"channel\":\"email\",\"address\":\"ops@tenderwatch.invalid\","
                + "\"cadence\":\"instant\",\"confirmed\":true,\"filter\":{\"categories\":[\"clinical_insourcing\","
                + "\"clinical_outsourcing\",\"nonclinical_outsourcing\"]}}";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + ports.get("notifier") + "/admin/subscriptions"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private void launch(String service, Path workDir) throws IOException {
        Path jar = Repo.root().resolve(service + "/target/" + service + "-0.1.0-SNAPSHOT.jar");
        assertThat(jar).as("the %s's runnable jar: build it first (./mvnw package)", service).isRegularFile();
        int port = distinctFreePort();
        String prefix = service.toUpperCase();
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve(service + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("KAFKA_BOOTSTRAP_SERVERS", SharedTestInfrastructure.kafka().bootstrapServers());
        env.put(prefix + "_PORT", String.valueOf(port));
        env.put(prefix + "_MANAGEMENT_PORT", String.valueOf(port));
        env.put(prefix + "_DB_URL", SharedTestInfrastructure.freshDatabase(service));
        env.put(prefix + "_DB_USER", EmbeddedPostgresServer.USER);
        env.put(prefix + "_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);
        // Never the live sources from a test: replay the recorded notices instead.
        env.put("FETCHER_LIVE_ENABLED", "false");
        env.put("FETCHER_REPLAY_ENABLED", "true");
        env.put("FETCHER_REPLAY_DIRECTORY", sharedData().resolve("labelled/releases").toString());
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(mailbox.port()));
        env.put("NOTIFIER_SLACK_LOCAL_DEMO_WEBHOOKS", slack.webhookUrl("x").replaceAll("x$", ""));
        env.put("NOTIFIER_PUBLIC_URL", "http://127.0.0.1:" + port);
        env.put("NOTIFIER_ADMIN_TOKEN", ADMIN_TOKEN);
        // The first alert goes out when a worker takes it, not after the default two minutes of gathering its
        // procurement's other notices: the checks wait for that mail.
        env.put("NOTIFIER_THREADS_GATHER_WINDOW", "0s");
        env.put("NOTIFIER_SIGNING_SECRET", "deploy-check-signing-secret-0123456789");
        env.put("MONITORING_TOKEN", MONITORING_TOKEN);
        processes.put(service, builder.start());
        ports.put(service, port);
    }

    /** A free port none of the services started here was given: nothing listens on those until they start. */
    private int distinctFreePort() {
        int port = FreePorts.next();
        while (ports.containsValue(port) || port == mailbox.port()) {
            port = FreePorts.next();
        }
        return port;
    }

    /** Waits until the services report themselves UP, failing with the log of one that died. */
    private void awaitHealthy(Path workDir, String... services) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class).untilAsserted(() -> {
            for (String service : services) {
                Process process = processes.get(service);
                if (!process.isAlive()) {
                    // Not an assertion: Awaitility would keep waiting for a process that cannot come back.
                    throw new IllegalStateException("the " + service + " stopped:\n" + tail(workDir.resolve(service + ".log")));
                }
                // The name too: an UP from another process on that port must not count.
                assertThat(asOperator(service, "/health").body()).as(service)
                        .contains("\"name\":\"" + service + "\"", "\"status\":\"UP\"");
            }
        });
    }

    /** As anyone: no token. */
    HttpResponse<String> get(String service, String path) throws IOException, InterruptedException {
        return http.send(request(service, path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As Prometheus or an operator: with the monitoring token. */
    HttpResponse<String> asOperator(String service, String path) throws IOException, InterruptedException {
        return http.send(request(service, path).header("Authorization", "Bearer " + MONITORING_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String service, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(service) + path)).timeout(Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        processes.values().forEach(process -> {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        });
        mailbox.close();
        slack.close();
    }

    static Path sharedData() {
        return Path.of(System.getProperty("tenderwatch.shared.data", Repo.root().resolve("../shared/data").toString()));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
