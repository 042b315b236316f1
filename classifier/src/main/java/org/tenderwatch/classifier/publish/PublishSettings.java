package org.tenderwatch.classifier.publish;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import org.tenderwatch.events.Topics;

/**
 * {@code classifier.publish.*}: where results and dead letters go.
 *
 * @param topic            classified notices
 * @param deadLetterTopic  fetched notices the classifier could not process
 */
@ConfigurationProperties("classifier.publish")
record PublishSettings(@Bindable(defaultValue = Topics.NOTICES_CLASSIFIED) String topic,
                       @Bindable(defaultValue = Topics.NOTICES_FETCHED_DLQ) String deadLetterTopic) {
}
