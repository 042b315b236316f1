package org.tenderwatch.tracker.record;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Money;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a procurement is, folded from its releases oldest first: the latest release's classification, the latest
 * value any release gave for each field, and every supplier any award named. Rebuilt whole after every release, so
 * releases that arrive out of order give the same row as releases in order.
 */
record ProcurementSummary(
        String ocid,
        @Nullable String title,
        @Nullable String description,
        @Nullable Organisation buyer,
        NoticeClassified latest,
        @Nullable Money value,
        @Nullable String lifecycle,
        Set<String> regions,
        Instant firstNotice,
        Instant latestNotice,
        @Nullable LocalDate standstillEnd,
        @Nullable OffsetDateTime tenderDeadline,
        @Nullable String noticeUrl,
        Map<String, Organisation> suppliersByKey,
        int releaseCount,
        boolean testNotice) {

    /** @param releases every release of one procurement, oldest first */
    static ProcurementSummary fold(List<NoticeClassified> releases) {
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("a procurement has at least one release");
        }
        String title = null;
        String description = null;
        Organisation buyer = null;
        Money value = null;
        String lifecycle = null;
        LocalDate standstill = null;
        OffsetDateTime deadline = null;
        String url = null;
        Instant first = null;
        Instant last = null;
        boolean test = false;
        Set<String> regions = new LinkedHashSet<>();
        Map<String, Organisation> suppliers = new LinkedHashMap<>();
        for (NoticeClassified classified : releases) {
            NoticeFetched n = classified.notice();
            title = n.title() != null && !n.title().isBlank() ? n.title() : title;
            description = n.description() != null && !n.description().isBlank() ? n.description() : description;
            buyer = n.buyer() != null && OrganisationNames.key(n.buyer().name()) != null ? n.buyer() : buyer;
            value = n.value() != null ? n.value().money() : value;
            lifecycle = n.lifecycle() != null ? n.lifecycle().label() : lifecycle;
            standstill = n.standstillEnd() != null ? n.standstillEnd() : standstill;
            deadline = n.tenderDeadline() != null ? n.tenderDeadline() : deadline;
            url = n.noticeUrl() != null ? n.noticeUrl() : url;
            test |= n.testNotice();
            regions.addAll(n.deliveryRegions());
            Instant date = dateOf(n);
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
            for (Award award : n.awards()) {
                for (Organisation supplier : award.suppliers()) {
                    String key = OrganisationNames.key(supplier.name());
                    if (key != null) {
                        suppliers.merge(key, supplier, (known, again) ->
                                OrganisationNames.companiesHouseNumber(known) == null ? again : known);
                    }
                }
            }
        }
        NoticeClassified latest = releases.get(releases.size() - 1);
        return new ProcurementSummary(latest.notice().ocid(), title, description, buyer, latest, value, lifecycle,
                regions, first, last, standstill, deadline, url, suppliers, releases.size(), test);
    }

    /** When the release was published; the fetch time when the source gave no date. */
    static Instant dateOf(NoticeFetched notice) {
        return notice.releaseDate() != null ? notice.releaseDate().toInstant() : notice.fetchedAt();
    }
}
