package org.tenderwatch.notifier.intake;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedSupplier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Runs intake work again and again while the database cannot be reached. A notice that fails because PostgreSQL is
 * down is not a bad notice: after the listener's bounded retries it would be dead-lettered and its offset committed,
 * and its subscribers would never hear of it. So the consumer waits here instead, and carries on where it was.
 */
@Singleton
class UntilTheDatabaseAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(UntilTheDatabaseAnswers.class);

    private final RetryPolicy<Object> policy;

    UntilTheDatabaseAnswers(IntakeSettings config, MeterRegistry meters) {
        Counter retries = Counter.builder("tenderwatch.notifier.intake.database.retries")
                .description("attempts to record alerts repeated because the database could not be reached")
                .register(meters);
        this.policy = RetryPolicy.builder()
                .handleIf(UntilTheDatabaseAnswers::databaseUnreachable)
                .withBackoff(config.retryBackoff(), config.retryMaxBackoff())
                .withJitter(0.25)
                .withMaxRetries(-1)
                .onRetry(event -> {
                    retries.increment();
                    LOG.warn("database unreachable ({}); recording alerts again, attempt {}",
                            event.getLastException(), event.getAttemptCount() + 1);
                })
                .build();
    }

    <T> T get(CheckedSupplier<T> work) {
        try {
            return Failsafe.with(policy).get(work);
        } catch (FailsafeException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
                return true;
            }
            // SQLSTATE class 08 is a connection failure, 57P an administrator or crash shutdown of the server.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
