package org.tenderwatch.notifier.preview;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A stored notice without its published release JSON (what matching needs is a few kB; the release may be 100s). */
@MappedEntity("notice")
record StoredNotice(@Id String releaseId, Instant receivedAt, String payload) {
}
