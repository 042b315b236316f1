package org.tenderwatch.fetcher.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * How the fetcher talks to the sources, {@code fetcher.http.*}.
 *
 * @param contactUrl      where the sources' operators can reach whoever runs this installation; sent in User-Agent
 * @param maxAttempts     requests per page before the window is given up for this poll
 * @param backoff         first wait after a failed request; doubles each time, with jitter
 * @param maxBackoff      longest wait between failed requests
 * @param maxRetryAfter   longest Retry-After honoured; longer ones are cut to this
 * @param pageAttempts    reads of a page whose content is malformed or looks cut before giving up on it
 */
@ConfigurationProperties("fetcher.http")
public record HttpSettings(
        @Nullable String contactUrl,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration backoff,
        Duration maxBackoff,
        Duration maxRetryAfter,
        int pageAttempts) {
}
