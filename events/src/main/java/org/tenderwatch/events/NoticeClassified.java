package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;
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
 * @param possiblyRelevant health context whose evidence falls short of a category: {@code category} is then the best
 *                     guess, and the notice is listed for review rather than alerted by default
 * @param previousCategory what the procurement was classified as before this release, when it was seen before
 * @param changes      what this release changed in the procurement's classification, in plain words
 *                     (e.g. "category: clinical outsourcing → clinical insourcing"); empty when nothing did
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
        Instant classifiedAt,
        boolean possiblyRelevant,
        @Nullable Category previousCategory,
        List<String> changes) {

    public NoticeClassified {
        changes = changes == null ? List.of() : List.copyOf(changes);
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        signals = signals == null ? List.of() : List.copyOf(signals);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A classification of a release judged on its own: as the first version of this event carried it. */
    public NoticeClassified(NoticeFetched notice, Category category, List<String> specialties, List<String> signals,
                            Stage stage, double confidence, List<Reason> reasons, String rulesVersion,
                            Instant classifiedAt) {
        this(notice, category, specialties, signals, stage, confidence, reasons, rulesVersion, classifiedAt,
                false, null, List.of());
    }

    /**
     * The classified notice's OCID, so that readers need not write {@code classified.notice().ocid()}. A plain method,
     * not a component: the JSON keeps it in {@code notice} only.
     */
    public String ocid() {
        return notice.ocid();
    }

    /** The classified release's id: {@code classified.notice().releaseId()}, shorter (not written to the JSON). */
    public String releaseId() {
        return notice.releaseId();
    }
}
