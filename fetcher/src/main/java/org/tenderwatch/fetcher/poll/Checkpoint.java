package org.tenderwatch.fetcher.poll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of checkpoint: the end of a source's last window read and published completely. */
@MappedEntity("checkpoint")
record Checkpoint(@Id String source, Instant windowEnd, int failedAttempts, @Nullable String lastError, Instant updatedAt) {
}
