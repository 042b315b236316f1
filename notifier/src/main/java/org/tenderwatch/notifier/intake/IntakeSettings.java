package org.tenderwatch.notifier.intake;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import org.tenderwatch.events.Topics;

import java.time.Duration;

/**
 * {@code notifier.intake.*}: the topic consumed and the one its dead letters go to, how long to wait between
 * attempts to record a notice's alerts while the database cannot be reached (the attempts go on until it answers),
 * and how long the consumer may go without polling, outside a record, before /health says it is stalled.
 */
@ConfigurationProperties("notifier.intake")
record IntakeSettings(@Bindable(defaultValue = Topics.NOTICES_CLASSIFIED) String topic,
                      @Bindable(defaultValue = Topics.NOTICES_CLASSIFIED_DLQ) String deadLetterTopic,
                      @Bindable(defaultValue = "1s") Duration retryBackoff,
                      @Bindable(defaultValue = "1m") Duration retryMaxBackoff,
                      @Bindable(defaultValue = "2m") Duration stalledAfter) {
}
