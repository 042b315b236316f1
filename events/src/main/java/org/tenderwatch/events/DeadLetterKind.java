package org.tenderwatch.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.Locale;

/** Why a stage gave up on its input: {@link DeadLetter#kind()}, and the {@code reason} tag of each service's dead-letter metric. */
@Serdeable
public enum DeadLetterKind {
    /** fetcher: a page that is not an OCDS release package, after its attempts */
    MALFORMED_PAGE,
    /** fetcher: a release that is not a JSON object */
    MALFORMED_RELEASE,
    /** fetcher: a release without ocid or id, or one the normaliser refuses */
    INVALID_RELEASE,
    /** fetcher: a release larger than a record may be */
    OVERSIZED_RELEASE,
    /** fetcher: another release under an id already read in the window */
    DUPLICATE_RELEASE,
    /** classifier: a fetched record that is not JSON */
    INVALID_JSON,
    /** classifier: a fetched notice without ocid or release id */
    INVALID_NOTICE,
    /** classifier: the classifier failed on the notice */
    CLASSIFIER_ERROR,
    /** classifier: the classification is larger than a record may be */
    TOO_LARGE,
    /** classifier: the record took its stream thread down too often */
    REPEATED_FAILURE,
    /** notifier, tracker: a classified notice that cannot be read or lacks what the service needs */
    UNREADABLE_NOTICE,
    /** notifier: the database refused a value of the notice, which it would refuse again at every attempt */
    REFUSED_BY_DATABASE,
    /** notifier, tracker: processing kept failing for a reason not foreseen, and the consumer's retries ran out */
    GAVE_UP_AFTER_RETRIES;

    /** As written in dead letters and metric tags: {@code malformed_page}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A kind this version does not know (written by a newer one) reads as null rather than losing the letter. */
    @JsonCreator
    @Nullable
    public static DeadLetterKind fromLabel(@Nullable String label) {
        return label == null ? null : Arrays.stream(values())
                .filter(kind -> kind.label().equalsIgnoreCase(label.trim()))
                .findFirst()
                .orElse(null);
    }
}
