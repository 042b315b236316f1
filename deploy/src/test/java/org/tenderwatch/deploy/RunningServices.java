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

    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final LocalMailbox mailbox;
    private final SlackReceiver slack;

    private RunningServices(LocalMailbox mailbox, SlackReceiver slack) {
        this.mailbox = mailbox;
        this.slack = slack;
    }

    static RunningServices start(Path workDir) throws IOException {
        RunningServices running = new RunningServices(LocalMailbox.start(workDir.resolve("mail"), FreePorts.next()),
                SlackReceiver.start(workDir.resolve("slack"), FreePorts.next()));
        for (String service : Repo.SERVICES) {
            running.launch(service, workDir);
        }
        return running;
    }

    private void launch(String service, Path workDir) throws IOException {
        Path jar = Repo.root().resolve(service + "/target/" + service + "-0.1.0-SNAPSHOT.jar");
        assertThat(jar).as("the %s's runnable jar: build it first (./mvnw package)", service).isRegularFile();
        int port = FreePorts.next();
        String prefix = service.toUpperCase();
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx256m", "-jar", jar.toString())
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
        env.put("NOTIFIER_SLACK_ALLOWED_HOSTS", "127.0.0.1");
        env.put("NOTIFIER_PUBLIC_URL", "http://127.0.0.1:" + port);
        env.put("NOTIFIER_ADMIN_TOKEN", "deploy-check-admin-token-0123456789");
        env.put("NOTIFIER_SIGNING_SECRET", "deploy-check-signing-secret-0123456789");
        processes.put(service, builder.start());
        ports.put(service, port);
    }

    /** Waits until every service reports itself UP, failing with the log of one that died. */
    void awaitHealthy(Path workDir) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class).untilAsserted(() -> {
            for (String service : Repo.SERVICES) {
                Process process = processes.get(service);
                if (!process.isAlive()) {
                    // Not an assertion: Awaitility would keep waiting for a process that cannot come back.
                    throw new IllegalStateException("the " + service + " stopped:\n" + tail(workDir.resolve(service + ".log")));
                }
                assertThat(get(service, "/health").body()).as(service).contains("\"status\":\"UP\"");
            }
        });
    }

    HttpResponse<String> get(String service, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(service) + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
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
