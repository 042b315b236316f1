package org.tenderwatch.management;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UntilTheDatabaseAnswersTest {

    private final List<Throwable> retried = new ArrayList<>();
    private final AtomicInteger succeeded = new AtomicInteger();
    private final UntilTheDatabaseAnswers untilTheDatabaseAnswers = new UntilTheDatabaseAnswers("testing",
            Duration.ofMillis(1), Duration.ofMillis(2), retried::add, succeeded::incrementAndGet);

    @Test
    void workIsRepeatedWhileTheDatabaseCannotBeReachedAndThenItsResultReturned() {
        AtomicInteger attempts = new AtomicInteger();

        String result = untilTheDatabaseAnswers.get(() -> {
            if (attempts.incrementAndGet() <= 3) {
                throw new IllegalStateException("pool", new SQLTransientConnectionException("connection refused"));
            }
            return "recorded";
        });

        assertThat(result).isEqualTo("recorded");
        assertThat(attempts).hasValue(4);
        assertThat(retried).hasSize(3);
        assertThat(succeeded).hasValue(1);
    }

    @Test
    void anyOtherFailureReachesTheCallerAtOnce() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> untilTheDatabaseAnswers.get(() -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("value too long for type character varying(300)");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
        assertThat(retried).isEmpty();
        assertThat(succeeded).hasValue(0);
    }

    @Test
    void connectionFailuresAreKnownByTypeOrSqlState() {
        assertThat(UntilTheDatabaseAnswers.databaseUnreachable(new RuntimeException(new ConnectException("refused")))).isTrue();
        assertThat(UntilTheDatabaseAnswers.databaseUnreachable(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(UntilTheDatabaseAnswers.databaseUnreachable(new SQLException("connection failure", "08006"))).isTrue();
        assertThat(UntilTheDatabaseAnswers.databaseUnreachable(new SQLException("value too long", "22001"))).isFalse();
        assertThat(UntilTheDatabaseAnswers.databaseUnreachable(new IllegalStateException("no cause"))).isFalse();
    }
}
