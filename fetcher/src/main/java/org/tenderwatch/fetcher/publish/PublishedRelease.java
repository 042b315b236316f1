package org.tenderwatch.fetcher.publish;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of published_release. */
@MappedEntity("published_release")
record PublishedRelease(@Id String releaseId, String source, String ocid, Instant publishedAt) {
}
