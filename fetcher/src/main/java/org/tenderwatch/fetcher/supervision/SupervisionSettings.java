package org.tenderwatch.fetcher.supervision;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code fetcher.supervision.*}.
 *
 * @param stallAfter how long a worker may go without progress (a page read, a batch sent, a poll finished) before
 *                   health says DOWN; longer than the slowest polite wait (6 attempts of up to 15 minutes of
 *                   Retry-After), shorter than anyone would leave a source unread
 */
@ConfigurationProperties("fetcher.supervision")
public record SupervisionSettings(@Bindable(defaultValue = "2h") Duration stallAfter) {
}
