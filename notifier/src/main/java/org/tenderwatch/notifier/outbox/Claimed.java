package org.tenderwatch.notifier.outbox;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A delivery a worker holds the lease on. {@code attempts} counts this one. */
public record Claimed(long id, long subscriberId, MessageKind kind, @Nullable String releaseId, @Nullable LocalDate period,
               @Nullable Long subscriptionId, int attempts, Instant createdAt) {
}
