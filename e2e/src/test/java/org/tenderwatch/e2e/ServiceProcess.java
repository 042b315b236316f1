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
public final class ServiceProcess implements AutoCloseable {

    /** The options of ./run-local's SERVICE_JVM_OPTIONS and the image's JAVA_TOOL_OPTIONS (deploy/README.md). */
    public static final String DEFAULT_JVM_OPTIONS = "-Xmx128m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m "
            + "-XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final Map<String, String> properties;
    private final List<Duration> startTimes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Process process;
    private int starts;
    /** CPU time of the JVMs that ended, and the last reading of the one running now (see {@link #cpuMillis}). */
    private long endedJvmsCpuMillis;
    private long runningJvmCpuMillis;
    /** CPU time each JVM had used when its /health first answered UP: what starting costs, apart from the work. */
    private long startingCpuMillis;

    ServiceProcess(String name, int port, Map<String, String> environment) {
        this(name, port, environment, Map.of());
    }

    /** {@code properties} become {@code -D} options: settings that have no environment variable of their own. */
    public ServiceProcess(String name, int port, Map<String, String> environment, Map<String, String> properties) {
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.properties = properties;
    }

    public String name() {
        return name;
    }

    public ServiceProcess start() throws IOException {
        Path jar = Path.of(System.getProperty("tenderwatch.jars"), name, "target",
                name + "-" + System.getProperty("tenderwatch.version") + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no runnable jar at " + jar + ": build the services first (./mvnw -DskipTests package)");
        }
        Path logs = Path.of(System.getProperty("tenderwatch.logs", "target/service-logs"));
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The services' JVM options as ./run-local and the image run them; a run can pass others to measure them.
        command.addAll(List.of(System.getProperty("tenderwatch.service.jvm-options", DEFAULT_JVM_OPTIONS).trim().split("\\s+")));
        // As in production: out of memory, the JVM exits (and the test sees it) instead of limping on.
        command.add("-XX:+ExitOnOutOfMemoryError");
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
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
        long started = System.nanoTime();
        synchronized (this) {
            endedJvmsCpuMillis += runningJvmCpuMillis;
            runningJvmCpuMillis = 0;
        }
        process = builder.start();
        starts++;
        await(name + " healthy").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                .until(this::healthy);
        startTimes.add(Duration.ofNanos(System.nanoTime() - started));
        synchronized (this) {
            startingCpuMillis += Math.max(0, ProcessCpu.millis(process.pid()));
        }
        return this;
    }

    /** From the process's start to its first {@code /health} UP, for each start. */
    public List<Duration> startTimes() {
        return List.copyOf(startTimes);
    }

    /** The running JVM's process id, or -1 between a kill and the next start. */
    public long pid() {
        Process current = process;
        return current != null && current.isAlive() ? current.pid() : -1;
    }

    /**
     * CPU time (user + system) of every JVM this service ran in, in milliseconds: the running one read now from
     * {@code /proc/<pid>/stat}, each ended one as last read. A kill reads it just before; a JVM that ends by itself
     * counts up to its last reading, so read this often (the harness does, every half second).
     */
    public synchronized long cpuMillis() {
        Process current = process;
        if (current != null && current.isAlive()) {
            long millis = ProcessCpu.millis(current.pid());
            runningJvmCpuMillis = Math.max(runningJvmCpuMillis, millis);
        }
        return endedJvmsCpuMillis + runningJvmCpuMillis;
    }

    /** Of {@link #cpuMillis}, what the JVMs used from their start to their first {@code /health} UP. */
    public synchronized long startingCpuMillis() {
        return startingCpuMillis;
    }

    /** Ends the JVM at once, as a crash or an OOM kill would: no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        cpuMillis();
        process.destroyForcibly();
        process.waitFor();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public int starts() {
        return starts;
    }

    /** {@code /health} answers UP now. */
    public boolean isHealthy() {
        Process current = process;
        return current != null && current.isAlive() && healthy();
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
