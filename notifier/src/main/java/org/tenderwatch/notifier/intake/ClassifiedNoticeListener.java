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
import io.micronaut.core.annotation.Nullable;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.Topics;

/**
 * Thin adapter from the topic to {@link NoticeIntake}. The offset is committed only after the notice's alerts are
 * committed, so a crash means redelivery, which the outbox's unique keys absorb. While the database cannot be reached
 * the intake waits it out ({@link UntilTheDatabaseAnswers}); a notice that keeps failing for any other reason is
 * dead-lettered rather than skipped.
 */
@KafkaListener(groupId = "${notifier.intake.group-id:notifier}", offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR, retryCount = 8,
                retryDelay = "1s"))
class ClassifiedNoticeListener implements KafkaListenerExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ClassifiedNoticeListener.class);

    private final NoticeIntake intake;

    ClassifiedNoticeListener(NoticeIntake intake) {
        this.intake = intake;
    }

    @Topic("${notifier.intake.topic:" + Topics.NOTICES_CLASSIFIED + "}")
    void receive(@KafkaKey @Nullable String key, @Nullable String payload) {
        intake.accept(key, payload);
    }

    @Override
    public void handle(KafkaListenerException exception) {
        if (exception.getCause() instanceof CommitFailedException) {
            // The group moved on while the intake waited out a database outage: the record is delivered again, to
            // this consumer or another, and the outbox's unique keys absorb the repeat. Nothing to dead-letter.
            LOG.warn("offset commit refused after a rebalance; the notice will be consumed again: {}", exception.getMessage());
            return;
        }
        var record = exception.getConsumerRecord().orElse(null);
        String key = record == null || record.key() == null ? null : record.key().toString();
        String payload = record == null || record.value() == null ? null : record.value().toString();
        intake.deadLetter(key, payload, "gave up after retries: " + exception.getCause());
    }
}
