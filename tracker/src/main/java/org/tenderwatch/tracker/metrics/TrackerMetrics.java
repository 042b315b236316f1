package org.tenderwatch.tracker.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import org.tenderwatch.tracker.record.ProcurementRecorder;

import java.time.Duration;
import java.util.Locale;

/** Every metric the tracker exports; names follow Prometheus conventions once the registry adds its suffixes. */
@Singleton
public class TrackerMetrics {

    private final MeterRegistry registry;

    TrackerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void releaseRecorded(ProcurementRecorder.Outcome outcome) {
        Counter.builder("tenderwatch.tracker.releases").description("Classified releases consumed, by what recording them did")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    public void deadLettered() {
        Counter.builder("tenderwatch.tracker.notices.dead.lettered").description("Classified notices kept in dead_letter")
                .register(registry).increment();
    }

    public void pollRecordedAlone() {
        Counter.builder("tenderwatch.tracker.intake.polls.recorded.alone")
                .description("Polls whose one transaction failed, recorded again one release per transaction")
                .register(registry).increment();
    }

    public void databaseRetry() {
        Counter.builder("tenderwatch.tracker.intake.database.retries")
                .description("Attempts to record a release repeated because the database could not be reached")
                .register(registry).increment();
    }

    public void intakeFailure() {
        Counter.builder("tenderwatch.tracker.intake.failures")
                .description("Failures that escaped recording a release (each is retried, then dead-lettered)")
                .register(registry).increment();
    }

    /** page: search, procurement, organisation, summary. */
    public void pageServed(String page, Duration took) {
        Timer.builder("tenderwatch.tracker.page.duration").description("Time to answer a page, by page")
                .tag("page", page).publishPercentiles(0.5, 0.95).register(registry).record(took);
    }

    /** format: csv, json, atom; outcome: complete, failed, refused (too many at once). */
    public void export(String format, String outcome) {
        Counter.builder("tenderwatch.tracker.exports").description("Exports and feeds, by format and outcome")
                .tag("format", format).tag("outcome", outcome).register(registry).increment();
    }

    public void exportRows(String format, long rows) {
        Counter.builder("tenderwatch.tracker.export.rows").description("Rows written by exports and feeds")
                .tag("format", format).register(registry).increment(rows);
    }

    public void badRequest() {
        Counter.builder("tenderwatch.tracker.bad.requests").description("Requests refused with a 400 (invalid parameters)")
                .register(registry).increment();
    }
}
