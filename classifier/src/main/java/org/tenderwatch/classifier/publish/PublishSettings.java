package org.tenderwatch.classifier.publish;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import org.tenderwatch.events.Topics;

import java.time.Duration;

/**
 * {@code classifier.publish.*}: where results and dead letters go.
 *
 * @param topic            classified notices
 * @param deadLetterTopic  fetched notices the classifier could not process
 * @param retryBackoff     first wait before a send is retried while the broker cannot be reached
 * @param retryMaxBackoff  longest wait between such retries; they go on until the broker answers
 */
@ConfigurationProperties("classifier.publish")
record PublishSettings(@Bindable(defaultValue = Topics.NOTICES_CLASSIFIED) String topic,
                       @Bindable(defaultValue = Topics.NOTICES_FETCHED_DLQ) String deadLetterTopic,
                       @Bindable(defaultValue = "1s") Duration retryBackoff,
                       @Bindable(defaultValue = "1m") Duration retryMaxBackoff) {
}
