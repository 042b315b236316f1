package org.tenderwatch.e2e.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time each part of the stack used between two readings, in milliseconds: each service (over all its JVMs),
 * PostgreSQL (its postmaster and backends) and this test JVM (the Kafka broker, the source server, the receivers and
 * the harness's own readers).
 */
record CpuUse(Map<String, Long> millisByPart, Map<String, Long> startingMillisByPart) {

    static final String POSTGRES = "PostgreSQL";
    static final String TEST_JVM = "test JVM (Kafka broker, source server, receivers)";

    /**
     * What was used from {@code before} to {@code after}, part by part, in the order of {@code after}; and of it what
     * starting JVMs used (the {@code starting} readings, for the services).
     */
    static CpuUse between(Map<String, Long> before, Map<String, Long> after, Map<String, Long> startingBefore,
                          Map<String, Long> startingAfter) {
        return new CpuUse(difference(before, after), difference(startingBefore, startingAfter));
    }

    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> used = new LinkedHashMap<>();
        after.forEach((part, millis) -> used.put(part, millis - before.getOrDefault(part, 0L)));
        return used;
    }

    long totalMillis() {
        return millisByPart.values().stream().mapToLong(Long::longValue).sum();
    }

    long startingMillis(String part) {
        return startingMillisByPart.getOrDefault(part, 0L);
    }

    long totalStartingMillis() {
        return startingMillisByPart.values().stream().mapToLong(Long::longValue).sum();
    }

    /** CPU milliseconds per notice of one part, or of the whole stack. */
    static double perNotice(long millis, long notices) {
        return notices == 0 ? 0 : (double) millis / notices;
    }

    /** The notices per second the stack could move at most if it had every core to itself and spent as it did. */
    double ceilingPerSecond(int cores, long notices) {
        return ceiling(cores, totalMillis(), notices);
    }

    /** The same without what starting JVMs cost: nearer what a stack that runs for long spends per notice. */
    double ceilingPerSecondStarted(int cores, long notices) {
        return ceiling(cores, totalMillis() - totalStartingMillis(), notices);
    }

    private static double ceiling(int cores, long millis, long notices) {
        double perNotice = perNotice(millis, notices);
        return perNotice == 0 ? 0 : cores * 1000.0 / perNotice;
    }
}
