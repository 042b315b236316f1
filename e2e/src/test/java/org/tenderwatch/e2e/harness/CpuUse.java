package org.tenderwatch.e2e.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time each part of the stack used between two readings, in milliseconds: each service (over all its JVMs),
 * PostgreSQL (its postmaster and backends) and this test JVM (the Kafka broker, the source server, the receivers and
 * the harness's own readers).
 */
record CpuUse(Map<String, Long> millisByPart) {

    static final String POSTGRES = "PostgreSQL";
    static final String TEST_JVM = "test JVM (Kafka broker, source server, receivers)";

    /** What was used from {@code before} to {@code after}, part by part, in the order of {@code after}. */
    static CpuUse between(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> used = new LinkedHashMap<>();
        after.forEach((part, millis) -> used.put(part, millis - before.getOrDefault(part, 0L)));
        return new CpuUse(used);
    }

    long totalMillis() {
        return millisByPart.values().stream().mapToLong(Long::longValue).sum();
    }

    /** CPU milliseconds per notice of one part, or of the whole stack. */
    static double perNotice(long millis, long notices) {
        return notices == 0 ? 0 : (double) millis / notices;
    }

    /** The notices per second the stack could move at most if it had every core to itself and spent as it did. */
    double ceilingPerSecond(int cores, long notices) {
        double perNotice = perNotice(totalMillis(), notices);
        return perNotice == 0 ? 0 : cores * 1000.0 / perNotice;
    }
}
