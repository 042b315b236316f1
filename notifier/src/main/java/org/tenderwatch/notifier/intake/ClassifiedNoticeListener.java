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
import org.tenderwatch.events.Topics;

/**
 * Thin adapter from the topic to {@link NoticeIntake}. The offset is committed only after the notice's alerts are
 * committed, so a crash means redelivery, which the outbox's unique keys absorb. A notice that keeps failing
 * (the database gone for longer than the retries) is dead-lettered rather than skipped.
 */
@KafkaListener(groupId = "${notifier.intake.group-id:notifier}", offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR, retryCount = 8,
                retryDelay = "1s"))
class ClassifiedNoticeListener implements KafkaListenerExceptionHandler {

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
        var record = exception.getConsumerRecord().orElse(null);
        String key = record == null || record.key() == null ? null : record.key().toString();
        String payload = record == null || record.value() == null ? null : record.value().toString();
        intake.deadLetter(key, payload, "gave up after retries: " + exception.getCause());
    }
}
