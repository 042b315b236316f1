package org.tenderwatch.classifier.procurement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Cpv;
import org.tenderwatch.events.Lifecycle;
import org.tenderwatch.events.Money;
import org.tenderwatch.events.Organisation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What is known of one procurement so far, compiled from every release of its OCID. Every list is bounded (see
 * {@link Bounds}): a procurement with thousands of releases keeps the first texts it was told, which is where a
 * tender says what the service is, and costs no more than one with a handful.
 *
 * @param releases          how many distinct releases were folded in
 * @param recentReleaseIds  the latest release ids, to tell a release delivered again from a new one
 * @param latestReleaseDate the date of the newest release seen; an older one arriving late adds what it knows but does
 *                          not overwrite the newer single values (buyer, value, method…)
 * @param titles            distinct titles, the first seen first
 * @param descriptions      distinct descriptions (a text contained in one already known is not kept twice)
 * @param lifecycle         lifecycle events told so far, in the order seen, each once
 * @param judgement         the latest classification, null before the first
 */
@Serdeable
public record ProcurementState(
        String ocid,
        int releases,
        List<String> recentReleaseIds,
        @Nullable OffsetDateTime latestReleaseDate,
        List<String> titles,
        List<String> descriptions,
        @Nullable Organisation buyer,
        List<Organisation> parties,
        List<Award> awards,
        List<Cpv> cpv,
        @Nullable Money tenderValue,
        @Nullable String procurementMethod,
        List<String> procurementMethodDetails,
        @Nullable String mainProcurementCategory,
        boolean framework,
        boolean dynamicPurchasingSystem,
        @Nullable OffsetDateTime tenderDeadline,
        List<String> deliveryRegions,
        @Nullable String regime,
        List<Organisation> tenderers,
        List<Lifecycle> lifecycle,
        @Nullable Judgement judgement) {

    public ProcurementState {
        recentReleaseIds = copy(recentReleaseIds);
        titles = copy(titles);
        descriptions = copy(descriptions);
        parties = copy(parties);
        awards = copy(awards);
        cpv = copy(cpv);
        procurementMethodDetails = copy(procurementMethodDetails);
        deliveryRegions = copy(deliveryRegions);
        tenderers = copy(tenderers);
        lifecycle = copy(lifecycle);
    }

    /** The same knowledge with a new latest classification. */
    public ProcurementState judged(Judgement latest) {
        return new ProcurementState(ocid, releases, recentReleaseIds, latestReleaseDate, titles, descriptions, buyer,
                parties, awards, cpv, tenderValue, procurementMethod, procurementMethodDetails, mainProcurementCategory,
                framework, dynamicPurchasingSystem, tenderDeadline, deliveryRegions, regime, tenderers, lifecycle, latest);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
