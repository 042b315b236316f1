package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Something a stage could not process, kept whole on {@code <topic>.dlq} so that nothing is lost.
 *
 * @param stage     the service that gave up: fetcher, classifier, notifier
 * @param source    the notice source, where known
 * @param url       the page it came from, where known
 * @param ocid      the notice's OCID, where known (also the record key)
 * @param releaseId the release id, where known
 * @param error     what went wrong, for a person
 * @param payload   the raw input exactly as received
 */
@Serdeable
public record DeadLetter(
        String stage,
        @Nullable String source,
        @Nullable String url,
        @Nullable String ocid,
        @Nullable String releaseId,
        String error,
        String payload,
        Instant failedAt) {
}
