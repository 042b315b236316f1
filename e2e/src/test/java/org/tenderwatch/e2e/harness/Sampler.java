package org.tenderwatch.e2e.harness;

import org.tenderwatch.e2e.ProcessCpu;
import org.tenderwatch.e2e.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples every service while the run goes: its resident memory from {@code /proc/<pid>/status} (VmHWM, the peak
 * since the JVM started, so a spike between two samples is not missed) and its {@code /prometheus} with the
 * monitoring token. Counters start again from zero in a restarted JVM, so each JVM's last reading is kept apart and
 * the totals add them up. It also reads the CPU time of each service, of PostgreSQL and of this JVM, so that a run
 * can say where the CPU went.
 */
final class Sampler implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final List<ServiceProcess> services;
    private final String monitoringToken;
    private final Path postgresPidFile;
    /** PostgreSQL's postmaster pid → its tree's last CPU reading: each restart of the server is a new postmaster. */
    private final Map<Long, Long> postgresCpuMillis = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, AtomicLong> peakRssKb = new ConcurrentHashMap<>();
    /** service → pid → metric line name → value. */
    private final Map<String, Map<Long, Map<String, Double>>> counters = new ConcurrentHashMap<>();
    private final AtomicLong scrapes = new AtomicLong();
    private final AtomicLong failedScrapes = new AtomicLong();

    Sampler(List<ServiceProcess> services, String monitoringToken, Path postgresPidFile) {
        this.services = services;
        this.monitoringToken = monitoringToken;
        this.postgresPidFile = postgresPidFile;
        services.forEach(service -> peakRssKb.put(service.name(), new AtomicLong()));
        timer.scheduleWithFixedDelay(this::sampleMemory, 0, 500, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::sampleCpu, 0, 500, TimeUnit.MILLISECONDS);
        // Walking /proc for the backends costs this JVM some CPU itself (about 5 ms a walk): every 2 s is enough, since a backend
        // that ends is counted in its postmaster's reaped-children time.
        timer.scheduleWithFixedDelay(this::samplePostgresCpu, 0, 2, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(this::scrape, 2, 5, TimeUnit.SECONDS);
    }

    /** Peak resident memory of the service in MB, over every JVM it ran in. */
    long peakRssMb(String service) {
        return peakRssKb.get(service).get() / 1024;
    }

    /** A counter's sum over every JVM the service ran in (the line as /prometheus writes it, without its value). */
    double total(String service, String line) {
        return counters.getOrDefault(service, Map.of()).values().stream()
                .mapToDouble(values -> values.getOrDefault(line, 0.0)).sum();
    }

    /** The sum, over the service's JVMs, of every counter line starting with {@code prefix}. */
    double totalStartingWith(String service, String prefix) {
        return counters.getOrDefault(service, Map.of()).values().stream()
                .flatMap(values -> values.entrySet().stream())
                .filter(entry -> entry.getKey().startsWith(prefix))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    long scrapes() {
        return scrapes.get();
    }

    long failedScrapes() {
        return failedScrapes.get();
    }

    /** One last reading of everything, for the totals at the end of a run. */
    void sampleNow() {
        sampleMemory();
        scrape();
    }

    /** CPU milliseconds used so far by each service (over all its JVMs), PostgreSQL and this JVM, read now. */
    Map<String, Long> cpuMillis() {
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        services.forEach(service -> millis.put(service.name(), service.cpuMillis()));
        samplePostgresCpu();
        millis.put(CpuUse.POSTGRES, postgresCpuMillis.values().stream().mapToLong(Long::longValue).sum());
        millis.put(CpuUse.TEST_JVM, ProcessCpu.millis(ProcessHandle.current().pid()));
        return millis;
    }

    /** Of {@link #cpuMillis}, what each service's JVMs used starting (to their first /health UP). */
    Map<String, Long> startingCpuMillis() {
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        services.forEach(service -> millis.put(service.name(), service.startingCpuMillis()));
        return millis;
    }

    private void sampleCpu() {
        services.forEach(ServiceProcess::cpuMillis);
    }

    private void samplePostgresCpu() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(postgresPidFile).get(0).trim());
            long millis = ProcessCpu.treeMillis(postmaster);
            if (millis >= 0) {
                postgresCpuMillis.merge(postmaster, millis, Math::max);
            }
        } catch (IOException | RuntimeException e) {
            // Stopped (a fault), or between its pid file and its start: the last reading of the one before stands.
        }
    }

    private void sampleMemory() {
        for (ServiceProcess service : services) {
            long pid = service.pid();
            if (pid > 0) {
                long hwm = statusKb(pid, "VmHWM:");
                peakRssKb.get(service.name()).accumulateAndGet(hwm, Math::max);
            }
        }
    }

    private static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between the pid and the read: the next sample reads its successor.
        }
        return 0;
    }

    private void scrape() {
        for (ServiceProcess service : services) {
            long pid = service.pid();
            if (pid <= 0) {
                continue;
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service.url("/prometheus")))
                        .header("Authorization", "Bearer " + monitoringToken).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    failedScrapes.incrementAndGet();
                    continue;
                }
                Map<String, Double> values = new ConcurrentHashMap<>();
                response.body().lines().filter(line -> line.startsWith("tenderwatch_") && line.contains("_total"))
                        .forEach(line -> {
                            int space = line.lastIndexOf(' ');
                            values.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
                        });
                counters.computeIfAbsent(service.name(), name -> new ConcurrentHashMap<>()).put(pid, values);
                scrapes.incrementAndGet();
            } catch (IOException | RuntimeException e) {
                // Down (killed, or its broker or database is): counted; the next scrape tries again.
                failedScrapes.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
