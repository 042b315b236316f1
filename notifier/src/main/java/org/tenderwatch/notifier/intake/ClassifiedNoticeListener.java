package org.tenderwatch.notifier.intake;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerException;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerExceptionHandler;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetterFactory;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.events.Topics;
import org.tenderwatch.notifier.supervision.Supervisor;

/**
 * Thin adapter from the topic to {@link NoticeIntake}. A poll's offsets are committed only after every notice of it has
 * its alerts committed, so a crash means redelivery of at most that poll, which the outbox's unique keys absorb. While the database cannot be reached
 * the intake waits it out ({@link org.tenderwatch.management.UntilTheDatabaseAnswers}); a notice that keeps failing for any other reason is
 * dead-lettered rather than skipped, after a few retries (about half a minute): a value the database cannot store
 * is known at once and dead-lettered at once by the intake, so these retries are only for the unforeseen.
 * Whatever escapes the intake, an {@link Error} included, is caught here, logged and counted: an Error turns /health
 * DOWN (the service needs a restart) and the record is retried, never committed as if it had been processed.
 */
@KafkaListener(groupId = "${notifier.intake.group-id:notifier}", offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR, retryCount = 5,
                retryDelay = "${notifier.intake.retry-delay:1s}"),
        // The classifier publishes in transactions: a classification from an aborted one is never read. The offsets
        // of a poll (at most max.poll.records notices, about 9 kB each) are committed once, after all of them are
        // recorded: a commit per notice was a broker round trip each, most of the intake's time.
        properties = {@Property(name = ConsumerConfig.ISOLATION_LEVEL_CONFIG, value = "read_committed"),
                @Property(name = ConsumerConfig.MAX_POLL_RECORDS_CONFIG, value = "500"),
                @Property(name = ConsumerConfig.FETCH_MAX_BYTES_CONFIG, value = "8388608")})
class ClassifiedNoticeListener implements KafkaListenerExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ClassifiedNoticeListener.class);
    static final String WORKER = "intake";

    private final NoticeIntake intake;
    private final DeadLetters deadLetters;
    private final DeadLetterFactory letters;
    private final Supervisor supervisor;
    /** System.nanoTime() when the record being processed was received, or 0 between records. */
    private volatile long busySince;

    ClassifiedNoticeListener(NoticeIntake intake, DeadLetters deadLetters, DeadLetterFactory letters, Supervisor supervisor) {
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.supervisor = supervisor;
    }

    @Topic("${notifier.intake.topic:" + Topics.NOTICES_CLASSIFIED + "}")
    void receive(@KafkaKey @Nullable String key, @Nullable String payload) {
        busySince = System.nanoTime();
        try {
            intake.accept(key, payload);
        } catch (Error error) { // NOSONAR: left to the consumer loop, an Error would end it silently
            supervisor.failed(WORKER, "classified notice with key " + key, error);
            throw new IntakeFailed("an Error while processing the notice with key " + key + ": " + error, error);
        } finally {
            busySince = 0;
        }
    }

    /** Whether a record is being processed now (waiting out a database outage included). */
    boolean busy() {
        return busySince != 0;
    }

    @Override
    public void handle(KafkaListenerException exception) {
        if (exception.getCause() instanceof CommitFailedException) {
            // The group moved on while the intake waited out a database outage: the record is delivered again, to
            // this consumer or another, and the outbox's unique keys absorb the repeat. Nothing to dead-letter.
            LOG.warn("offset commit refused after a rebalance; the notice will be consumed again: {}", exception.getMessage());
            return;
        }
        supervisor.failed(WORKER, "gave up on a record after its retries", exception.getCause() == null ? exception : exception.getCause());
        var record = exception.getConsumerRecord().orElse(null);
        String key = record == null || record.key() == null ? null : record.key().toString();
        String payload = record == null || record.value() == null ? null : record.value().toString();
        deadLetters.keep(letters.letter(DeadLetterKind.GAVE_UP_AFTER_RETRIES,
                "gave up after retries: " + exception.getCause(), payload).about(null, key, null));
    }

    /** An Error, carried to the consumer loop as an exception so that the record is retried rather than skipped. */
    static final class IntakeFailed extends RuntimeException {
        IntakeFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
