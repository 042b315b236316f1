package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Something a stage could not process, kept whole on {@code <topic>.dlq} (and in the stage's database, where it has
 * one) so that nothing is lost. Each service builds its letters with a {@link DeadLetterFactory} stamped with its
 * name and clock, says what they are about with {@link #about} and {@link #from}, and hands them to its
 * {@code DeadLetters.keep(letter)}.
 *
 * @param stage     the service that gave up: fetcher, classifier, notifier, tracker
 * @param source    the notice source, where known
 * @param url       the page it came from, where known
 * @param ocid      the notice's OCID, where known (also the record key)
 * @param releaseId the release id, where known
 * @param error     what went wrong, for a person
 * @param payload   the raw input exactly as received
 * @param kind      why, as one of a fixed set (absent from letters written before it was added)
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
        Instant failedAt,
        @Nullable DeadLetterKind kind) {

    /** The letter as it was before {@code kind}: kept so that code building it that way still compiles. */
    public DeadLetter(String stage, @Nullable String source, @Nullable String url, @Nullable String ocid,
                      @Nullable String releaseId, String error, String payload, Instant failedAt) {
        this(stage, source, url, ocid, releaseId, error, payload, failedAt, null);
    }

    /** The same letter, about the given notice of the given source. */
    public DeadLetter about(@Nullable String source, @Nullable String ocid, @Nullable String releaseId) {
        return new DeadLetter(stage, source, url, ocid, releaseId, error, payload, failedAt, kind);
    }

    /** The same letter, read from the given page. */
    public DeadLetter from(@Nullable String url) {
        return new DeadLetter(stage, source, url, ocid, releaseId, error, payload, failedAt, kind);
    }

    /** The same letter with another error text and payload: what a stage keeps when it cannot keep all of it. */
    public DeadLetter withErrorAndPayload(String error, String payload) {
        return new DeadLetter(stage, source, url, ocid, releaseId, error, payload, failedAt, kind);
    }
}
