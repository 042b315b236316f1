package org.tenderwatch.notifier.mute;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A subscriber's alerts paused until {@code untilAt}. */
@MappedEntity("snooze")
record SnoozeRow(@Id Long subscriberId, Instant untilAt, Instant createdAt) {
}
