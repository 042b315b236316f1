package org.tenderwatch.tracker.testing;

import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.tracker.record.ProcurementRecorder;

import java.io.IOException;
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

    /**
     * Fills a running tracker with {@code procurements} procurements: each original recorded through the recorder, as
     * the intake would, then copied in SQL with its suppliers (copies through the recorder would take minutes), and
     * the tables analysed so that the planner sees their size. Answers how many went through the recorder.
     */
    public int fill(RunningTracker tracker, int procurements) throws IOException {
        ProcurementRecorder recorder = tracker.bean(ProcurementRecorder.class);
        for (int i = 0; i < originals.size(); i++) {
            NoticeClassified notice = copy(i);
            recorder.record(notice, tracker.json().writeValueAsString(notice));
        }
        tracker.db().update("""
                insert into procurement (ocid, title, description, buyer_key, buyer_name, category, possibly_relevant, confidence,
                    specialties, signals, lifecycle, stage, value_amount, value_currency, source, regions, first_notice,
                    latest_notice, standstill_end, tender_deadline, notice_url, release_count, test_notice, search)
                select 'ocds-copy-' || g || '-' || p.ocid, p.title, p.description, p.buyer_key, p.buyer_name, p.category,
                    p.possibly_relevant, p.confidence, p.specialties, p.signals, p.lifecycle, p.stage, p.value_amount,
                    p.value_currency, p.source, p.regions, p.first_notice - g * interval '7 hours',
                    p.latest_notice - g * interval '7 hours', p.standstill_end, p.tender_deadline, p.notice_url,
                    p.release_count, p.test_notice, p.search
                from procurement p cross join generate_series(1, ?) g
                order by g, p.ocid limit ?""", procurements / originals.size() + 1, procurements - originals.size());
        tracker.db().update("""
                insert into procurement_supplier (ocid, supplier_key)
                select c.ocid, s.supplier_key from procurement c
                join procurement_supplier s on s.ocid = substring(c.ocid from '^ocds-copy-[0-9]+-(.*)$')
                where c.ocid like 'ocds-copy-%'""");
        tracker.db().update("analyze");
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
