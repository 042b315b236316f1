package org.tenderwatch.tracker.intake;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.tenderwatch.management.UntilTheDatabaseAnswers;
import org.tenderwatch.tracker.metrics.TrackerMetrics;

/** The intake's wait through a database outage, counted, and reported on /health once it is long. */
@Factory
class IntakeFactory {

    /** A release that fails because PostgreSQL is down is not a bad release: dead-lettering it would leave a hole in the public record. */
    @Singleton
    UntilTheDatabaseAnswers untilTheDatabaseAnswers(IntakeSettings settings, TrackerMetrics metrics, IntakeState state) {
        return new UntilTheDatabaseAnswers("recording the release", settings.retryBackoff(), settings.retryMaxBackoff(),
                failure -> {
                    metrics.databaseRetry();
                    state.waitingForDatabase(String.valueOf(failure));
                }, state::progressing);
    }
}
