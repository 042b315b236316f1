package org.tenderwatch.notifier.intake;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerException;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerExceptionHandler;
import io.micronaut.context.annotation.Property;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.Topics;
import org.tenderwatch.management.PollRewind;
import org.tenderwatch.notifier.supervision.Supervisor;

import java.util.List;

/**
 * Thin adapter from the topic to {@link NoticeIntake}, a poll at a time: the poll is recorded in one transaction
 * (falling back to one notice per transaction when that fails, so a poisoned notice is dead-lettered alone). A
 * poll's offsets are committed only after every notice of it has its alerts committed, so a crash means redelivery
 * of at most that poll, which the alerts' and the outbox's unique keys absorb. While the database cannot be reached
 * the intake waits it out ({@link org.tenderwatch.management.UntilTheDatabaseAnswers}).
 * <p>
 * Whatever escapes the intake, an {@link Error} included, is logged and counted here (an Error turns /health DOWN:
 * the service needs a restart), and the poll is never skipped: before the failure is handed to the consumer loop,
 * every partition of the poll is sought back to the poll's first offset in it, so its offsets are not committed and
 * each of its records is consumed again ({@link PollRewind}, which says why the consumer loop's own batch retry
 * cannot be relied on for that).
 */
@KafkaListener(groupId = "${notifier.intake.group-id:notifier}", offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC,
        batch = true,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR, retryCount = 5,
                retryDelay = "${notifier.intake.retry-delay:1s}"),
        // The classifier publishes in transactions: a classification from an aborted one is never read. A poll (at
        // most max.poll.records notices, about 9 kB each) is one PostgreSQL transaction and one offset commit: a
        // transaction and a commit per notice were most of the intake's time.
        properties = {@Property(name = ConsumerConfig.ISOLATION_LEVEL_CONFIG, value = "read_committed"),
                @Property(name = ConsumerConfig.MAX_POLL_RECORDS_CONFIG, value = "500"),
                @Property(name = ConsumerConfig.FETCH_MAX_BYTES_CONFIG, value = "8388608")})
class ClassifiedNoticeListener implements KafkaListenerExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ClassifiedNoticeListener.class);
    static final String WORKER = "intake";

    private final NoticeIntake intake;
    private final Supervisor supervisor;
    /** System.nanoTime() when the poll being processed was received, or 0 between polls. */
    private volatile long busySince;

    ClassifiedNoticeListener(NoticeIntake intake, Supervisor supervisor) {
        this.intake = intake;
        this.supervisor = supervisor;
    }

    @Topic("${notifier.intake.topic:" + Topics.NOTICES_CLASSIFIED + "}")
    void receive(List<ConsumerRecord<String, String>> poll, Consumer<?, ?> consumer) {
        busySince = System.nanoTime();
        try {
            intake.acceptPoll(poll.stream().map(r -> new NoticeIntake.Received(r.key(), r.value())).toList());
        } catch (Error error) { // NOSONAR: left to the consumer loop, an Error would end it silently
            supervisor.failed(WORKER, describe(poll), error);
            throw takenUpAgain(poll, consumer, new IntakeFailed("an Error while processing " + describe(poll) + ": " + error, error));
        } catch (RuntimeException e) {
            // The intake dead-letters what one notice makes fail: what escapes it (the dead-letter topic unreachable,
            // say) is not the notices' fault, so the poll is retried, however often, rather than skipped.
            supervisor.failed(WORKER, describe(poll), e);
            throw takenUpAgain(poll, consumer, new IntakeFailed("a failure while processing " + describe(poll) + ": " + e, e));
        } finally {
            busySince = 0;
        }
    }

    /** The failure, once the poll is sought back to its start so that nothing of it is skipped or committed. */
    private static RuntimeException takenUpAgain(List<ConsumerRecord<String, String>> poll, Consumer<?, ?> consumer, RuntimeException failure) {
        PollRewind.toStart(poll, consumer);
        return failure;
    }

    private static String describe(List<ConsumerRecord<String, String>> poll) {
        return "a poll of " + poll.size() + " classified notices, keys "
                + poll.stream().map(ConsumerRecord::key).limit(5).toList() + (poll.size() > 5 ? "…" : "");
    }

    /** Whether a poll is being processed now (waiting out a database outage included). */
    boolean busy() {
        return busySince != 0;
    }

    @Override
    public void handle(KafkaListenerException exception) {
        if (exception.getCause() instanceof CommitFailedException) {
            // The group moved on while the intake waited out a database outage: the poll is delivered again, to
            // this consumer or another, and the unique keys absorb the repeat.
            LOG.warn("offset commit refused after a rebalance; the notices will be consumed again: {}", exception.getMessage());
            return;
        }
        Throwable cause = exception.getCause() == null ? exception : exception.getCause();
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof IntakeFailed) {
                // Counted and logged in receive, and the poll already sought back: the consumer loop takes it up again.
                LOG.warn("the consumer loop stopped retrying a poll; it is consumed again from its first offsets: {}", t.getMessage());
                return;
            }
        }
        // The consumer loop failed on its own (in micronaut-kafka 5.9, while handling a failed poll that joined the
        // group): nothing is committed after a failure and the poll was sought back, so its records come again;
        // there is no one record to dead-letter.
        supervisor.failed(WORKER, "the Kafka consumer loop", cause);
    }

    /** What escaped the intake, an Error included, carried to the consumer loop so that the poll is retried rather than skipped. */
    static final class IntakeFailed extends RuntimeException {
        IntakeFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
