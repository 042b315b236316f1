package org.tenderwatch.tracker.intake;

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
import org.tenderwatch.tracker.metrics.TrackerMetrics;

/**
 * Thin adapter from the topic to {@link NoticeIntake}. A poll's offsets are committed only after every release of it is
 * recorded, so a crash means redelivery of at most that poll, which recording absorbs. A release that keeps failing for a reason other than a
 * database outage is dead-lettered after the retries rather than skipped; whatever escapes is logged, counted, and
 * the consumer carries on, unless it is an Error, which stops the intake and turns /health DOWN.
 */
@KafkaListener(groupId = "${tracker.intake.group-id:tracker}", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR, retryCount = 5,
                retryDelay = "500ms"),
        // The classifier publishes in transactions: a classification from an aborted one is never read. The offsets
        // of a poll (at most max.poll.records notices, about 9 kB each) are committed once, after all of them are
        // recorded: a commit per notice was a broker round trip each, most of the intake's time.
        properties = {@Property(name = ConsumerConfig.ISOLATION_LEVEL_CONFIG, value = "read_committed"),
                @Property(name = ConsumerConfig.MAX_POLL_RECORDS_CONFIG, value = "500"),
                @Property(name = ConsumerConfig.FETCH_MAX_BYTES_CONFIG, value = "8388608")})
class ClassifiedNoticeListener implements KafkaListenerExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ClassifiedNoticeListener.class);

    private final NoticeIntake intake;
    private final DeadLetters deadLetters;
    private final DeadLetterFactory letters;
    private final IntakeState state;
    private final TrackerMetrics metrics;

    ClassifiedNoticeListener(NoticeIntake intake, DeadLetters deadLetters, DeadLetterFactory letters, IntakeState state,
                             TrackerMetrics metrics) {
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.state = state;
        this.metrics = metrics;
    }

    @Topic("${tracker.intake.topic:" + Topics.NOTICES_CLASSIFIED + "}")
    void receive(@KafkaKey @Nullable String key, @Nullable String payload) {
        try {
            intake.accept(key, payload);
        } catch (Error e) {
            // Out of memory or worse: carrying on could record half a release. Say so and let the platform restart us.
            state.stopped(e.toString());
            metrics.intakeFailure();
            LOG.error("intake stopped by {} on the record with key {}", e, key, e);
            throw e;
        }
    }

    @Override
    public void handle(KafkaListenerException exception) {
        metrics.intakeFailure();
        if (exception.getCause() instanceof CommitFailedException) {
            // The group moved on while the intake waited out a database outage: the record comes again, and
            // recording it twice changes nothing.
            LOG.warn("offset commit refused after a rebalance; the release will be consumed again: {}", exception.getMessage());
            return;
        }
        if (exception.getCause() instanceof Error error) {
            state.stopped(error.toString());
            LOG.error("intake stopped: {}", error.toString(), exception);
            return;
        }
        var record = exception.getConsumerRecord().orElse(null);
        String key = record == null || record.key() == null ? null : record.key().toString();
        String payload = record == null || record.value() == null ? null : record.value().toString();
        LOG.error("could not record the release with key {} after retries; dead-lettering it", key, exception);
        deadLetters.keep(letters.letter(DeadLetterKind.GAVE_UP_AFTER_RETRIES,
                "gave up after retries: " + exception.getCause(), payload).about(null, key, null));
    }
}
