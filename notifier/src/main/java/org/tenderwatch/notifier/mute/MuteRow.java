package org.tenderwatch.notifier.mute;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One mute of one subscriber; {@code kind} is {@link MuteKind#label()}. */
@MappedEntity("mute")
record MuteRow(@Id @GeneratedValue Long id, long subscriberId, String kind, String key, String label, Instant createdAt) {
}
