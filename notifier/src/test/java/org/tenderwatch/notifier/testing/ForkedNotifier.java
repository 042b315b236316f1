package org.tenderwatch.notifier.testing;

import org.tenderwatch.embedded.FreePorts;
import org.tenderwatch.notifier.NotifierApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * A notifier in a JVM of its own with a small heap, started as an operator starts it (its main class) and configured
 * by system properties: for attacks meant to exhaust memory, which must not take the test JVM down with it, and for
 * crashes ({@link #kill}).
 */
public final class ForkedNotifier implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ForkedNotifier(String maxHeap, Map<String, Object> properties) {
        this.port = FreePorts.next();
        try {
            this.log = Files.createTempFile("forked-notifier-", ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // As in production: out of memory, the JVM exits, which the test would see, instead of limping on.
                    "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path")));
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-Dmicronaut.server.port=" + port);
            command.add(NotifierApplication.class.getName());
            this.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a notifier JVM", e);
        }
        await("forked notifier healthy").atMost(Duration.ofMinutes(2)).ignoreExceptions()
                .until(() -> alive() && get("/health").statusCode() == 200);
    }

    public boolean alive() {
        return process.isAlive();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** As an operator calls the admin API: with the admin token. */
    public HttpResponse<String> admin(String method, String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + NotifierProperties.ADMIN_TOKEN).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL, as a crash or an out-of-memory kill ends a process: no shutdown hook, nothing finished or committed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("the notifier JVM did not die within 30 s of SIGKILL");
        }
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
