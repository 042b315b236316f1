package org.tenderwatch.tracker.intake;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedSupplier;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.tracker.metrics.TrackerMetrics;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Runs intake work again and again while the database cannot be reached. A release that fails because PostgreSQL
 * is down is not a bad release: dead-lettering it would leave a hole in the public record. So the consumer waits
 * here, and /health says so once the wait is long.
 */
@Singleton
class UntilTheDatabaseAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(UntilTheDatabaseAnswers.class);

    private final RetryPolicy<Object> policy;
    private final IntakeState state;

    UntilTheDatabaseAnswers(IntakeSettings config, TrackerMetrics metrics, IntakeState state) {
        this.state = state;
        this.policy = RetryPolicy.builder()
                .handleIf(UntilTheDatabaseAnswers::databaseUnreachable)
                .withBackoff(config.retryBackoff(), config.retryMaxBackoff())
                .withJitter(0.25)
                .withMaxRetries(-1)
                .onRetry(event -> {
                    metrics.databaseRetry();
                    state.waitingForDatabase(String.valueOf(event.getLastException()));
                    LOG.warn("database unreachable ({}); recording the release again, attempt {}",
                            event.getLastException(), event.getAttemptCount() + 1);
                })
                .build();
    }

    <T> T get(CheckedSupplier<T> work) {
        try {
            T result = Failsafe.with(policy).get(work);
            state.progressing();
            return result;
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
