package org.tenderwatch.fetcher.publish;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Publishing, {@code fetcher.publish.*}.
 *
 * @param maxReleaseChars longest release JSON sent as a notice; longer ones are dead letters, because the broker
 *                        refuses records over its size limit (1 MB by default) and a notice carries its release
 */
@ConfigurationProperties("fetcher.publish")
public record PublishSettings(int maxReleaseChars) {
}
