package org.tenderwatch.notifier.outbox;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** The next due delivery, locked, with the channel of its subscriber (which sets the pacing). */
@Introspected
record DueDelivery(long id, long subscriberId, String kind, @Nullable String releaseId, @Nullable LocalDate period,
                   @Nullable Long subscriptionId, int attempts, Instant createdAt, String channel) {
}
