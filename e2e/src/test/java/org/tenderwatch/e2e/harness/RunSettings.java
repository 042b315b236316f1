package org.tenderwatch.e2e.harness;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One run: how many notices, how many faults, how long it may take. The notices are dated over the last hour and
 * the fetcher reads that hour in windows of about a thousand notices each.
 *
 * @param portBase first of the consecutive ports the run uses, or 0 for free ones
 */
record RunSettings(int notices, int faults, Duration timeout, Path sharedData, Path data, int portBase, String slackInterval) {

    static final Duration SPAN = Duration.ofHours(1);

    /** Read from system properties: {@code harness.notices}, {@code harness.faults}, {@code harness.timeout}, {@code harness.ports}. */
    static RunSettings fromSystemProperties(int notices, int faults, Duration timeout, Path data) {
        return new RunSettings(
                Integer.getInteger("harness.notices", notices),
                Integer.getInteger("harness.faults", faults),
                Duration.parse(System.getProperty("harness.timeout", timeout.toString())),
                Path.of(System.getProperty("tenderwatch.shared.data")),
                data,
                Integer.getInteger("harness.ports", 0),
                System.getProperty("harness.slack-interval", "20ms"));
    }

    Duration windowSize() {
        return SPAN.dividedBy(Math.max(4, notices / 1000));
    }

    /**
     * From the fetcher's start back past the first notice: the notices are dated from the run's start, and starting
     * the broker, the database and three services before the fetcher took more than five minutes at load average 60
     * (the notices of the first minutes were then never read). An empty window more costs nothing.
     */
    Duration lookBack() {
        return SPAN.plusMinutes(30);
    }
}
