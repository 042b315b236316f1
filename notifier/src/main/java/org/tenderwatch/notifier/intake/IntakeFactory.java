package org.tenderwatch.notifier.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.tenderwatch.management.UntilTheDatabaseAnswers;

/** The intake's wait through a database outage, counted on {@code tenderwatch.notifier.intake.database.retries}. */
@Factory
class IntakeFactory {

    /**
     * A notice that fails because PostgreSQL is down is not a bad notice: after the listener's bounded retries it
     * would be dead-lettered and its offset committed, and its subscribers would never hear of it.
     */
    @Singleton
    UntilTheDatabaseAnswers untilTheDatabaseAnswers(IntakeSettings settings, MeterRegistry meters) {
        Counter retries = Counter.builder("tenderwatch.notifier.intake.database.retries")
                .description("attempts to record alerts repeated because the database could not be reached")
                .register(meters);
        return new UntilTheDatabaseAnswers("recording alerts", settings.retryBackoff(), settings.retryMaxBackoff(),
                failure -> retries.increment(), () -> { });
    }
}
