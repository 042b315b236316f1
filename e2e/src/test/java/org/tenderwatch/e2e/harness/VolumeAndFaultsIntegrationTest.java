package org.tenderwatch.e2e.harness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short run of the volume and fault harness: a few thousand generated notices through the four services as
 * separate processes, with every kind of fault injected once. Fails on any notice or alert lost or repeated, and
 * on a harness that injected fewer faults than asked. The full run is this test with
 * {@code -Dharness.notices=100000 -Dharness.faults=50} (see e2e/README.md).
 */
class VolumeAndFaultsIntegrationTest {

    @TempDir
    Path data;

    @Test
    void losesAndRepeatsNothingThroughEveryKindOfFault() throws Exception {
        RunSettings settings = RunSettings.fromSystemProperties(3000, 10, Duration.ofMinutes(10), data);

        VolumeRun.Outcome outcome = VolumeRun.run(settings);

        Path report = Path.of(System.getProperty("tenderwatch.logs", "target/service-logs")).resolve("harness-report.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, outcome.report().table());
        assertThat(outcome.faultFailure()).as("fault injection").isNull();
        assertThat(outcome.faults()).as("faults injected").hasSizeGreaterThanOrEqualTo(settings.faults());
        assertThat(outcome.finished()).as("every notice through and every alert delivered in time; the table:\n%s",
                outcome.report().table()).isTrue();
        Ledger.Result ledger = outcome.ledger();
        assertThat(ledger.expected()).as("alerts expected").isPositive();
        assertThat(ledger.lost()).as("lost; the table:\n%s", outcome.report().table()).isZero();
        assertThat(ledger.duplicated()).as("duplicated; the table:\n%s", outcome.report().table()).isZero();
        assertThat(ledger.unexpected()).as("alerts nobody should have had").isZero();
        assertThat(ledger.publishedTwice()).as("notices published more than once").isZero();
        assertThat(ledger.classifiedTwice()).as("notices classified more than once").isZero();
    }
}
