package org.tenderwatch.tracker.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.tenderwatch.tracker.search.Listing;
import org.tenderwatch.tracker.search.ProcurementRow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A procurement in the JSON export: the same facts as the CSV, lists as lists, with links to its page. */
@Serdeable
record ExportedProcurement(String ocid, @Nullable String title, @Nullable String buyer, @Nullable String buyerKey,
                           List<String> suppliers, List<String> supplierKeys, String category, boolean possiblyRelevant,
                           List<String> specialties, List<String> signals, @Nullable String lifecycle, String stage,
                           @Nullable BigDecimal value, @Nullable String currency, Instant firstNotice, Instant latestNotice,
                           String source, List<String> regions, @Nullable LocalDate standstillEnd, int notices,
                           String page, @Nullable String officialNotice) {

    static ExportedProcurement of(ProcurementRow r, String base) {
        return new ExportedProcurement(r.ocid(), r.title(), r.buyerName(), r.buyerKey(), r.supplierNames(), r.supplierKeys(),
                r.category(), r.possiblyRelevant(), r.specialties(), r.signals(), r.lifecycle(), r.stage(), r.value(),
                r.currency(), r.firstNotice(), r.latestNotice(), r.source(), r.regions(), r.standstillEnd(), r.releaseCount(),
                base + Listing.procurementLink(r.ocid()), org.tenderwatch.tracker.web.Words.safeLink(r.noticeUrl()));
    }
}
