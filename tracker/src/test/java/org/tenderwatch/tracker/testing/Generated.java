package org.tenderwatch.tracker.testing;

import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Many procurements made from the real labelled releases: each copy gets a fresh OCID and release id and a date
 * shifted back by a few hours per copy, and keeps its real text, buyer, suppliers, values and label.
 */
public final class Generated {

    private final List<NoticeClassified> originals = new ArrayList<>();

    public Generated() {
        for (Map.Entry<String, String[]> label : Fixtures.labels().entrySet()) {
            try {
                originals.add(Fixtures.labelled(label.getKey().substring("releases/".length())));
            } catch (RuntimeException e) {
                // A release the normaliser refuses is skipped here as the fetcher would dead-letter it.
            }
        }
    }

    public int originals() {
        return originals.size();
    }

    public NoticeClassified copy(int n) {
        NoticeClassified c = originals.get(n % originals.size());
        NoticeFetched f = c.notice();
        String ocid = "ocds-bench-" + n + "-" + f.ocid();
        Duration back = Duration.ofHours(n / originals.size() * 7L);
        NoticeFetched copy = new NoticeFetched(f.source(), ocid, "bench-" + n + "-" + f.releaseId(),
                f.releaseDate() == null ? null : f.releaseDate().minus(back), f.tags(), f.noticeType(), f.title(),
                f.description(), f.buyer(), f.parties(), f.awards(), f.cpv(), f.tenderValue(), f.procurementMethod(),
                f.procurementMethodDetails(), f.mainProcurementCategory(), f.framework(), f.dynamicPurchasingSystem(),
                f.tenderDeadline(), f.deliveryRegions(), f.noticeUrl(), f.release(), f.fetchedAt().minus(back),
                f.lifecycle(), f.regime(), f.standstillEnd(), f.tenderers(), false, f.related());
        return new NoticeClassified(copy, c.category(), c.specialties(), c.signals(), c.stage(), c.confidence(), c.reasons(),
                c.rulesVersion(), c.classifiedAt(), c.possiblyRelevant(), c.previousCategory(), c.changes());
    }
}
