package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One OCDS release, normalised: what every later stage needs, plus the original release JSON as evidence.
 * Published on {@link Topics#NOTICES_FETCHED}, keyed by {@link #ocid()}. A field the release does not carry
 * is absent (null or empty), never invented.
 *
 * @param source          where it was fetched: {@code contracts-finder}, {@code find-a-tender}, or {@code replay}
 * @param tags            OCDS release tags: planning, tender, award, contract, amendment, tenderCancellation…
 * @param noticeType      Procurement Act notice type (UK1–UK17) from {@code documents[].noticeType}
 * @param description     release, tender and lot descriptions joined by blank lines, duplicates removed
 * @param cpv             main and additional CPV codes of the tender and its items, each once
 * @param framework       the tender establishes or uses a framework agreement
 * @param dynamicPurchasingSystem the tender establishes or uses a dynamic purchasing system
 * @param deliveryRegions ITL/NUTS codes or postcodes of delivery addresses, as published
 * @param noticeUrl       the notice's public page
 * @param release         the release JSON exactly as published
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
        Instant fetchedAt) {

    public NoticeFetched {
        tags = copy(tags);
        parties = copy(parties);
        awards = copy(awards);
        cpv = copy(cpv);
        deliveryRegions = copy(deliveryRegions);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
