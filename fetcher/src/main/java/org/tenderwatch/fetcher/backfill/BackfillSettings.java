package org.tenderwatch.fetcher.backfill;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Backfill, {@code fetcher.backfill.*}.
 *
 * @param pollInterval how often pending jobs are looked for
 * @param maxRange     longest range one job may cover; a longer outage is several jobs
 * @param maxPending   jobs that may wait at once; more are refused until some are done or cancelled
 */
@ConfigurationProperties("fetcher.backfill")
record BackfillSettings(Duration pollInterval,
                        @Bindable(defaultValue = "366d") Duration maxRange,
                        @Bindable(defaultValue = "20") int maxPending) {
}
