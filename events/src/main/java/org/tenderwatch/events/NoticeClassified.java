package org.tenderwatch.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A fetched notice with what the classifier made of it, on {@link Topics#NOTICES_CLASSIFIED}, keyed by OCID.
 *
 * @param notice       the notice as fetched
 * @param category     what the contract does
 * @param specialties  specialty or service tags from the labels vocabulary (endoscopy, imaging, …)
 * @param signals      facts people filter on, from the {@link Signal} vocabulary
 * @param stage        planning, tender, award, contract, amendment or cancellation
 * @param confidence   how sure the classifier is of {@code category}, in [0, 1]
 * @param reasons      every rule that fired, strongest first
 * @param rulesVersion the version of the rules file that produced this
 */
@Serdeable
public record NoticeClassified(
        NoticeFetched notice,
        Category category,
        List<String> specialties,
        List<String> signals,
        Stage stage,
        double confidence,
        List<Reason> reasons,
        String rulesVersion,
        Instant classifiedAt) {

    public NoticeClassified {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        signals = signals == null ? List.of() : List.copyOf(signals);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
