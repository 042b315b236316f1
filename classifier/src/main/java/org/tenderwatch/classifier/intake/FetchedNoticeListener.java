package org.tenderwatch.classifier.intake;

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
 * Thin adapter from the topic to {@link NoticeIntake}. The payload arrives as text so that bad JSON reaches the
 * intake (and the dead-letter topic) instead of failing inside the consumer. The offset is committed per record
 * after the classification is acknowledged by the broker (at-least-once). While the broker is unreachable a send
 * waits it out (see {@code AcknowledgedSend}); a publish failure no retry can mend is retried a few times with
 * back-off, then dead-lettered. A new group id replays history through new rules (see README).
 */
@KafkaListener(groupId = "${classifier.intake.group-id:classifier}", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR, retryCount = 8,
                retryDelay = "1s"))
class FetchedNoticeListener implements KafkaListenerExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FetchedNoticeListener.class);

    private final NoticeIntake intake;

    FetchedNoticeListener(NoticeIntake intake) {
        this.intake = intake;
    }

    @Topic("${classifier.intake.topic:" + Topics.NOTICES_FETCHED + "}")
    void receive(@KafkaKey @Nullable String key, @Nullable String payload) {
        intake.accept(key, payload);
    }

    @Override
    public void handle(KafkaListenerException exception) {
        if (exception.getCause() instanceof CommitFailedException) {
            // The group moved on while a send waited out a broker outage: the record is delivered again, to this
            // consumer or another, so there is nothing to dead-letter.
            LOG.warn("offset commit refused after a rebalance; the notice will be classified again: {}", exception.getMessage());
            return;
        }
        var record = exception.getConsumerRecord().orElse(null);
        String key = record == null || record.key() == null ? null : record.key().toString();
        String payload = record == null || record.value() == null ? null : record.value().toString();
        intake.giveUp(key, payload, "gave up after retries: " + exception.getCause());
    }
}
