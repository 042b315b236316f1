package org.tenderwatch.classifier.api;

import org.tenderwatch.embedded.FreePorts;
import org.tenderwatch.embedded.SharedTestInfrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The classifier in its own JVM with a small heap, as a container with a tight memory limit runs it, and with
 * {@code -XX:+ExitOnOutOfMemoryError}: a request that exhausts the heap ends the process, which a test can see.
 */
final class SmallHeapClassifier implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private SmallHeapClassifier(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static SmallHeapClassifier start(String maxHeap, Path log) throws IOException {
        int port = FreePorts.next();
        // Surefire runs tests from a manifest-only jar; the real class path is in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError", "-cp", classPath,
                "org.tenderwatch.classifier.ClassifierApplication")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CLASSIFIER_PORT", String.valueOf(port));
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", SharedTestInfrastructure.kafka().bootstrapServers());
        SmallHeapClassifier classifier = new SmallHeapClassifier(builder.start(), port, log);
        try {
            await("the small-heap classifier to start").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(300)).until(classifier::healthy);
        } catch (RuntimeException | Error e) {
            classifier.close();
            throw e;
        }
        return classifier;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    boolean alive() {
        return process.isAlive();
    }

    String log() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private boolean healthy() throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException("the classifier stopped while starting:\n" + log());
        }
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
