package org.tenderwatch.classifier.supervise;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

class StreamSupervisorTest {

    private final SupervisionSettings settings = new SupervisionSettings(3, 2, Duration.ofMinutes(10));
    private final RecordFailures records = new RecordFailures(settings);
    private final StreamSupervisor supervisor = new StreamSupervisor(records, settings, new SimpleMeterRegistry(), java.time.Clock.systemUTC());

    @Test
    void threadsThatKeepDyingStopProcessingForGoodWithTheReason() {
        assertThat(supervisor.handle(new StreamsException("task corrupted"))).isEqualTo(REPLACE_THREAD);
        assertThat(supervisor.handle(new StreamsException("task corrupted"))).isEqualTo(REPLACE_THREAD);
        assertThat(supervisor.stoppedBecause()).isEmpty();

        assertThat(supervisor.handle(new StreamsException("task corrupted again"))).isEqualTo(SHUTDOWN_CLIENT);
        assertThat(supervisor.stoppedBecause()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("3 stream threads failed within PT10M", "task corrupted again", "between records"));
        assertThat(supervisor.replaced()).isEqualTo(2);
    }

    @Test
    void aStackOverflowIsChargedToItsRecordAndTheThreadReplaced() {
        for (int attempt = 1; attempt <= 2; attempt++) {
            records.starting("notices.fetched.v1-0@7", "ocds-h6vhtk-05a419");
            assertThat(supervisor.handle(new StackOverflowError())).isEqualTo(REPLACE_THREAD);
        }
        assertThat(records.givenUp("notices.fetched.v1-0@7")).isEmpty();
        records.starting("notices.fetched.v1-0@7", "ocds-h6vhtk-05a419");
        supervisor.handle(new StreamsException(new StackOverflowError()));

        assertThat(records.givenUp("notices.fetched.v1-0@7")).hasValueSatisfying(failure -> {
            assertThat(failure.attempts()).isEqualTo(3);
            assertThat(failure.lastError()).contains("StackOverflowError");
        });
        assertThat(supervisor.lastFailure()).hasValueSatisfying(failure -> assertThat(failure)
                .contains("on notices.fetched.v1-0@7 (key ocds-h6vhtk-05a419)"));
    }

    @Test
    void aBrokerThatDoesNotAnswerIsNeverChargedToTheRecord() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            records.starting("notices.fetched.v1-1@9", "ocds-b5fd17-x");
            supervisor.handle(new StreamsException("could not send", new TimeoutException("Expiring 1 record(s)")));
        }

        assertThat(records.givenUp("notices.fetched.v1-1@9")).isEmpty();
    }

    @Test
    void runningOutOfMemoryStopsAtOnce() {
        records.starting("notices.fetched.v1-2@3", "ocds-h6vhtk-05a419");

        assertThat(supervisor.handle(new OutOfMemoryError("Java heap space"))).isEqualTo(SHUTDOWN_CLIENT);
        assertThat(supervisor.stoppedBecause()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("the JVM failed", "OutOfMemoryError", "notices.fetched.v1-2@3"));
        assertThat(supervisor.replaced()).isZero();
    }
}
