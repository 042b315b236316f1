package org.tenderwatch.notifier.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the delivery table, as the repository maps it. */
@MappedEntity("delivery")
record DeliveryRow(
        @Id @GeneratedValue Long id,
        long subscriberId,
        String kind,
        @Nullable String releaseId,
        @Nullable LocalDate period,
        @Nullable Long subscriptionId,
        String state,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {
}
