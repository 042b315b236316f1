package org.tenderwatch.management;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs a consumer's work again and again while the database cannot be reached. A record that fails because
 * PostgreSQL is down is not a bad record: dead-lettering it and committing its offset would lose it. So the consumer
 * waits here instead, and carries on where it was. Any other failure is the caller's to handle, at once.
 * Each service builds one with its own settings and says what to do on each retry (count it, report it on /health)
 * and on success.
 */
public final class UntilTheDatabaseAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(UntilTheDatabaseAnswers.class);

    private final RetryPolicy<Object> policy;
    private final Runnable onSuccess;

    /**
     * @param work      what is retried, for the log: "recording alerts"
     * @param onRetry   called with the failure before each new attempt
     * @param onSuccess called after work that succeeded, whether or not it had to wait
     */
    public UntilTheDatabaseAnswers(String work, Duration backoff, Duration maxBackoff, Consumer<Throwable> onRetry,
                                   Runnable onSuccess) {
        Objects.requireNonNull(onRetry, "onRetry");
        this.onSuccess = Objects.requireNonNull(onSuccess, "onSuccess");
        this.policy = RetryPolicy.builder()
                .handleIf(UntilTheDatabaseAnswers::databaseUnreachable)
                .withBackoff(backoff, maxBackoff)
                .withJitter(0.25)
                .withMaxRetries(-1)
                .onRetry(event -> {
                    onRetry.accept(event.getLastException());
                    LOG.warn("database unreachable ({}); {} again, attempt {}",
                            event.getLastException(), work, event.getAttemptCount() + 1);
                })
                .build();
    }

    public <T> T get(CheckedSupplier<T> work) {
        try {
            T result = Failsafe.with(policy).get(work);
            onSuccess.run();
            return result;
        } catch (FailsafeException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    public static boolean databaseUnreachable(Throwable failure) {
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
