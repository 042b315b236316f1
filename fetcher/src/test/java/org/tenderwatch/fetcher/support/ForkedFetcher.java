package org.tenderwatch.fetcher.support;

import org.tenderwatch.embedded.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The fetcher in a JVM of its own, started with the test's class path and a heap of its own size, so that what it
 * holds is measured and bounded apart from the test, the broker and the database.
 */
public final class ForkedFetcher implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ForkedFetcher(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static ForkedFetcher start(Map<String, Object> properties, String maxHeap, Path log) {
        int port = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // As in production: out of memory, the JVM exits instead of carrying on with dead threads.
                "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError", "-Dmicronaut.environments=test"));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        // After the properties, which may ask for any port: the test must know which one.
        command.add("-Dmicronaut.server.port=" + port);
        command.addAll(List.of("-cp", classPath(), "org.tenderwatch.fetcher.FetcherApplication"));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // A test JVM that is stopped must not leave a fetcher behind.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-forked-fetcher"));
            return new ForkedFetcher(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the fetcher JVM", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** The most resident memory the process has had, in kB (VmHWM), or -1 where /proc does not say. */
    public long peakRssKb() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String classPath() {
        // Surefire runs tests from a manifest-only jar; the class path itself is in this property.
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
