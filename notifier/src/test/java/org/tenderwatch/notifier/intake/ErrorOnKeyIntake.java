package org.tenderwatch.notifier.intake;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.events.DeadLetterFactory;
import org.tenderwatch.management.UntilTheDatabaseAnswers;
import org.tenderwatch.notifier.matching.Matcher;
import org.tenderwatch.notifier.metrics.NotifierMetrics;
import org.tenderwatch.notifier.mute.Silencer;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * The real intake, except that the poll holding the record with one chosen key raises an {@link Error} the first time, as a broken
 * class path or an exhausted heap would: only in tests that set {@code test.faults.intake-error-key}.
 */
@Singleton
@Replaces(NoticeIntake.class)
@Requires(property = "test.faults.intake-error-key")
class ErrorOnKeyIntake extends NoticeIntake {

    private final String key;
    private volatile boolean raised;

    ErrorOnKeyIntake(ObjectMapper json, Matcher matcher, AlertRecorder recorder, TransactionOperations<Connection> tx,
                     DeadLetters deadLetters, DeadLetterFactory letters, NotifierMetrics metrics,
                     UntilTheDatabaseAnswers untilTheDatabaseAnswers, Silencer silencer,
                     @Value("${notifier.intake.retry-delay:1s}") Duration retryDelay,
                     @Value("${test.faults.intake-error-key}") String key) {
        super(json, matcher, recorder, tx, deadLetters, letters, metrics, untilTheDatabaseAnswers, silencer, retryDelay);
        this.key = key;
    }

    @Override
    void acceptPoll(List<Received> poll) {
        if (poll.stream().anyMatch(received -> key.equals(received.key())) && !raised) {
            raised = true;
            throw new NoClassDefFoundError("injected for the test: a class that cannot be loaded");
        }
        super.acceptPoll(poll);
    }
}
