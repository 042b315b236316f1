package org.tenderwatch.fetcher.backfill;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** Backfill, {@code fetcher.backfill.*}: how often pending jobs are looked for. */
@ConfigurationProperties("fetcher.backfill")
record BackfillSettings(Duration pollInterval) {
}
