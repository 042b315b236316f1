package org.tenderwatch.tracker.intake;

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
import org.tenderwatch.tracker.metrics.TrackerMetrics;

import java.util.List;

/**
 * Thin adapter from the topic to {@link NoticeIntake}, a poll at a time: the poll is recorded in one transaction. A poll's offsets are committed only after every release of it is
 * recorded, so a crash means redelivery of at most that poll, which recording absorbs. A release that keeps failing
 * for a reason of its own is dead-lettered alone by the intake; an Error stops the intake and turns /health DOWN.
 * <p>
 * A poll that fails is never skipped: before the failure reaches the consumer loop, every partition of the poll is
 * sought back to the poll's first offset in it ({@link PollRewind}), so nothing of it is committed and it is consumed
 * again.
 */
@KafkaListener(groupId = "${tracker.intake.group-id:tracker}", offsetReset = OffsetReset.EARLIEST, batch = true,
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
    private final IntakeState state;
    private final TrackerMetrics metrics;

    ClassifiedNoticeListener(NoticeIntake intake, IntakeState state, TrackerMetrics metrics) {
        this.intake = intake;
        this.state = state;
        this.metrics = metrics;
    }

    @Topic("${tracker.intake.topic:" + Topics.NOTICES_CLASSIFIED + "}")
    void receive(List<ConsumerRecord<String, String>> poll, Consumer<?, ?> consumer) {
        try {
            intake.acceptPoll(poll.stream().map(r -> new NoticeIntake.Received(r.key(), r.value())).toList());
        } catch (Error e) {
            // Out of memory or worse: carrying on could record half a release. Say so and let the platform restart us.
            state.stopped(e.toString());
            metrics.intakeFailure();
            LOG.error("intake stopped by {} on a poll of {} records", e, poll.size(), e);
            PollRewind.toStart(poll, consumer);
            throw e;
        } catch (RuntimeException e) {
            // What one release makes fail is dead-lettered by the intake: what escapes is not the releases' fault.
            PollRewind.toStart(poll, consumer);
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
        // A poll that failed was sought back before the failure left receive: it is consumed again, and there is no one
        // release to dead-letter (the intake dead-letters a release that fails on its own).
        LOG.error("a poll could not be recorded; it is consumed again from its first offsets", exception);
    }
}
