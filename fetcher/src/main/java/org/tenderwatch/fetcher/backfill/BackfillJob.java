package org.tenderwatch.fetcher.backfill;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A row of backfill_job: the range [fromTime, toTime) of one source, read up to {@code doneUntil} so far.
 *
 * @param status pending, done, failed (a window's content stayed bad; see lastError), or cancelled by the operator
 */
@Serdeable
@MappedEntity("backfill_job")
record BackfillJob(
        @Id @GeneratedValue @Nullable Long id,
        String source,
        Instant fromTime,
        Instant toTime,
        Instant doneUntil,
        String status,
        int failedAttempts,
        @Nullable String lastError,
        Instant createdAt,
        Instant updatedAt) {

    static final String PENDING = "pending";
    static final String DONE = "done";
    static final String FAILED = "failed";
    static final String CANCELLED = "cancelled";
}
