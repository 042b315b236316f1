package org.tenderwatch.fetcher.deadletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of dead_letter. */
@MappedEntity("dead_letter")
record DeadLetterRow(
        @Id @GeneratedValue Long id,
        String source,
        String reason,
        @Nullable String url,
        @Nullable String ocid,
        @Nullable String releaseId,
        String error,
        String payload,
        String payloadSha256,
        Instant failedAt) {
}
