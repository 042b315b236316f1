package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One OCDS release, normalised: what every later stage needs, plus the original release JSON as evidence.
 * Published on {@link Topics#NOTICES_FETCHED}, keyed by {@link #ocid()}. A field the release does not carry
 * is absent (null or empty), never invented.
 *
 * @param source          where it was fetched: {@code contracts-finder}, {@code find-a-tender},
 *                        {@code public-contracts-scotland}, {@code sell2wales}, or {@code replay}
 * @param tags            OCDS release tags: planning, tender, award, contract, amendment, tenderCancellation…
 * @param noticeType      Procurement Act notice type (UK1–UK17) from {@code documents[].noticeType}
 * @param description     release, tender and lot descriptions joined by blank lines, duplicates removed
 * @param cpv             main and additional CPV codes of the tender and its items, each once
 * @param framework       the tender establishes or uses a framework agreement
 * @param dynamicPurchasingSystem the tender establishes or uses a dynamic purchasing system
 * @param deliveryRegions ITL/NUTS codes or postcodes of delivery addresses, as published
 * @param noticeUrl       the notice's public page on the portal that published it, built from the notice's id on that
 *                        portal's own host (never an address taken from the release's text, never an API address)
 * @param release         the release JSON exactly as published
 * @param lifecycle       what this release tells of the procurement's life (null when it cannot be told)
 * @param regime          the legal basis the procurement runs under ({@code tender.legalBasis}): its published
 *                        description, or a well-known act's name ("Procurement Act 2023"), or "scheme id" as published;
 *                        a Provider Selection Regime notice, published on a legacy form, is named by its boilerplate
 * @param standstillEnd   the last day of the standstill or representation period, when the notice gives a real date
 *                        on or after its publication (an impossible one such as "31 April 2026" is left out)
 * @param tenderers       organisations listed as having tendered; names that stand for a withheld supplier
 *                        ("Withheld", "Redacted") are never an organisation, here or among parties and award suppliers
 * @param testNotice      a test notice published to live data by mistake ("TEST", "SUPPLYTEST"): never alerted
 * @param related         other notices of the same procurement, on this portal or another
 * @param value           the one figure shown and filtered on ({@link NoticeValue#of}); derived from
 *                        {@code tenderValue} and {@code awards} when not given, so every event carries it, older ones
 *                        read from a topic too
 */
@Serdeable
public record NoticeFetched(
        String source,
        String ocid,
        String releaseId,
        @Nullable OffsetDateTime releaseDate,
        List<String> tags,
        @Nullable String noticeType,
        @Nullable String title,
        @Nullable String description,
        @Nullable Organisation buyer,
        List<Organisation> parties,
        List<Award> awards,
        List<Cpv> cpv,
        @Nullable Money tenderValue,
        @Nullable String procurementMethod,
        @Nullable String procurementMethodDetails,
        @Nullable String mainProcurementCategory,
        boolean framework,
        boolean dynamicPurchasingSystem,
        @Nullable OffsetDateTime tenderDeadline,
        List<String> deliveryRegions,
        @Nullable String noticeUrl,
        String release,
        Instant fetchedAt,
        @Nullable Lifecycle lifecycle,
        @Nullable String regime,
        @Nullable LocalDate standstillEnd,
        List<Organisation> tenderers,
        boolean testNotice,
        List<RelatedNotice> related,
        @Nullable NoticeValue value) {

    public NoticeFetched {
        tags = copy(tags);
        tenderers = copy(tenderers);
        related = copy(related);
        parties = copy(parties);
        awards = copy(awards);
        cpv = copy(cpv);
        deliveryRegions = copy(deliveryRegions);
        if (value == null) {
            value = NoticeValue.of(tenderValue, awards);
        }
    }

    /** A notice as the event carried it before {@code value}: the value is derived. */
    public NoticeFetched(String source, String ocid, String releaseId, @Nullable OffsetDateTime releaseDate,
                         List<String> tags, @Nullable String noticeType, @Nullable String title,
                         @Nullable String description, @Nullable Organisation buyer, List<Organisation> parties,
                         List<Award> awards, List<Cpv> cpv, @Nullable Money tenderValue,
                         @Nullable String procurementMethod, @Nullable String procurementMethodDetails,
                         @Nullable String mainProcurementCategory, boolean framework, boolean dynamicPurchasingSystem,
                         @Nullable OffsetDateTime tenderDeadline, List<String> deliveryRegions,
                         @Nullable String noticeUrl, String release, Instant fetchedAt, @Nullable Lifecycle lifecycle,
                         @Nullable String regime, @Nullable LocalDate standstillEnd, List<Organisation> tenderers,
                         boolean testNotice, List<RelatedNotice> related) {
        this(source, ocid, releaseId, releaseDate, tags, noticeType, title, description, buyer, parties, awards, cpv,
                tenderValue, procurementMethod, procurementMethodDetails, mainProcurementCategory, framework,
                dynamicPurchasingSystem, tenderDeadline, deliveryRegions, noticeUrl, release, fetchedAt,
                lifecycle, regime, standstillEnd, tenderers, testNotice, related, null);
    }

    /** A notice with none of the lifecycle facts: as the first version of this event carried it. */
    public NoticeFetched(String source, String ocid, String releaseId, @Nullable OffsetDateTime releaseDate,
                         List<String> tags, @Nullable String noticeType, @Nullable String title,
                         @Nullable String description, @Nullable Organisation buyer, List<Organisation> parties,
                         List<Award> awards, List<Cpv> cpv, @Nullable Money tenderValue,
                         @Nullable String procurementMethod, @Nullable String procurementMethodDetails,
                         @Nullable String mainProcurementCategory, boolean framework, boolean dynamicPurchasingSystem,
                         @Nullable OffsetDateTime tenderDeadline, List<String> deliveryRegions,
                         @Nullable String noticeUrl, String release, Instant fetchedAt) {
        this(source, ocid, releaseId, releaseDate, tags, noticeType, title, description, buyer, parties, awards, cpv,
                tenderValue, procurementMethod, procurementMethodDetails, mainProcurementCategory, framework,
                dynamicPurchasingSystem, tenderDeadline, deliveryRegions, noticeUrl, release, fetchedAt,
                null, null, null, List.of(), false, List.of(), null);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
