package org.tenderwatch.notifier.intake;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.tenderwatch.events.DeadLetterFactory;
import org.tenderwatch.management.UntilTheDatabaseAnswers;
import org.tenderwatch.notifier.matching.Matcher;
import org.tenderwatch.notifier.metrics.NotifierMetrics;
import org.tenderwatch.notifier.mute.Silencer;

/**
 * The real intake, except that the record with one chosen key raises an {@link Error} the first time, as a broken
 * class path or an exhausted heap would: only in tests that set {@code test.faults.intake-error-key}.
 */
@Singleton
@Replaces(NoticeIntake.class)
@Requires(property = "test.faults.intake-error-key")
class ErrorOnKeyIntake extends NoticeIntake {

    private final String key;
    private volatile boolean raised;

    ErrorOnKeyIntake(ObjectMapper json, Matcher matcher, AlertRecorder recorder, DeadLetters deadLetters,
                     DeadLetterFactory letters, NotifierMetrics metrics, UntilTheDatabaseAnswers untilTheDatabaseAnswers,
                     Silencer silencer, @Value("${test.faults.intake-error-key}") String key) {
        super(json, matcher, recorder, deadLetters, letters, metrics, untilTheDatabaseAnswers, silencer);
        this.key = key;
    }

    @Override
    void accept(String recordKey, String payload) {
        if (key.equals(recordKey) && !raised) {
            raised = true;
            throw new NoClassDefFoundError("injected for the test: a class that cannot be loaded");
        }
        super.accept(recordKey, payload);
    }
}
