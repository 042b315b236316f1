package org.tenderwatch.fetcher.publish;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Publishing, {@code fetcher.publish.*}.
 *
 * @param topic           where notices go; {@code notices.fetched.v1} except in tests that need a topic of their own
 * @param deadLetterTopic where dead letters go; {@code notices.fetched.v1.dlq}
 * @param partitions      partitions of the topics when the fetcher creates them (existing topics are left as they are)
 * @param maxReleaseChars longest release JSON sent as a notice; longer ones are dead letters, because the broker
 *                        refuses records over its size limit (1 MB by default) and a notice carries its release
 * @param batchSize       notices sent and then recorded together; bounds the memory of a window's publishing
 * @param batchChars      JSON characters a batch may hold beyond its first notice, so that large notices make small batches
 */
@ConfigurationProperties("fetcher.publish")
record PublishSettings(String topic, String deadLetterTopic, int partitions, int maxReleaseChars,
                       @Bindable(defaultValue = "200") int batchSize,
                       @Bindable(defaultValue = "4000000") long batchChars) {
}
