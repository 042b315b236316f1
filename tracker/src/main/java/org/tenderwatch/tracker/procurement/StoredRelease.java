package org.tenderwatch.tracker.procurement;

import org.tenderwatch.events.NoticeClassified;

import java.time.Instant;

/** A release as the record holds it: the classified notice (with the original JSON inside) and its hash. */
record StoredRelease(NoticeClassified notice, String sha256, Instant receivedAt) {
}
