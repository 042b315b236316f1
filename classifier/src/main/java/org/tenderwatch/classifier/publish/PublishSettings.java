package org.tenderwatch.classifier.publish;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import org.tenderwatch.events.Topics;

/**
 * {@code classifier.publish.*}: where results and dead letters go.
 *
 * @param topic            classified notices
 * @param deadLetterTopic  fetched notices the classifier could not process
 * @param maxRecordBytes   the largest record published; a larger classification is dead-lettered instead, since a
 *                         record the broker refuses would abort the transaction again at every attempt (the broker's
 *                         {@code message.max.bytes} and the producer's {@code max.request.size} default to 1 MiB)
 */
@ConfigurationProperties("classifier.publish")
public record PublishSettings(@Bindable(defaultValue = Topics.NOTICES_CLASSIFIED) String topic,
                              @Bindable(defaultValue = Topics.NOTICES_FETCHED_DLQ) String deadLetterTopic,
                              @Bindable(defaultValue = "1000000") int maxRecordBytes) {
}
