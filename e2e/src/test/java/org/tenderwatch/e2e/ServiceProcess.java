package org.tenderwatch.e2e;

import java.io.IOException;
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

/** One service's runnable jar in its own JVM, as production runs it; killable without warning. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private Process process;
    private int starts;

    ServiceProcess(String name, int port, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.environment = environment;
    }

    ServiceProcess start() throws IOException {
        Path jar = Path.of(System.getProperty("tenderwatch.jars"), name, "target",
                name + "-" + System.getProperty("tenderwatch.version") + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no runnable jar at " + jar + ": build the services first (./mvnw -DskipTests package)");
        }
        Path logs = Path.of(System.getProperty("tenderwatch.logs", "target/service-logs"));
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The JVM options of ./run-local and the image, so that what the tests see is what runs.
                "-Xmx128m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m",
                "-XX:MaxDirectMemorySize=64m", "-Xss512k",
                // As in production: out of memory, the JVM exits (and the test sees it) instead of limping on.
                "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(starts == 0
                        ? ProcessBuilder.Redirect.to(logs.resolve(name + ".log").toFile())
                        : ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(environment);
        String prefix = name.toUpperCase(java.util.Locale.ROOT);
        builder.environment().put(prefix + "_PORT", String.valueOf(port));
        builder.environment().put(prefix + "_MANAGEMENT_PORT", String.valueOf(port));
        process = builder.start();
        starts++;
        await(name + " healthy").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(this::healthy);
        return this;
    }

    /** Ends the JVM at once, as a crash or an OOM kill would: no shutdown hooks, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    int starts() {
        return starts;
    }

    private boolean healthy() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see its log in "
                    + System.getProperty("tenderwatch.logs"));
        }
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url("/health"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
