package org.tenderwatch.tracker.search;

import org.tenderwatch.tracker.web.Words;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A procurement as a line of a list on a page: what the templates show, links included. */
public final class Listing {

    private Listing() {
    }

    public static List<Map<String, Object>> of(List<ProcurementRow> rows) {
        return rows.stream().map(Listing::of).toList();
    }

    public static Map<String, Object> of(ProcurementRow row) {
        Map<String, Object> m = new HashMap<>();
        m.put("link", procurementLink(row.ocid()));
        m.put("ocid", row.ocid());
        m.put("title", row.title() == null || row.title().isBlank() ? "(no title) " + row.ocid() : row.title());
        m.put("buyer", row.buyerName() == null ? "" : row.buyerName());
        m.put("buyerName", row.buyerName() == null ? "" : row.buyerName());
        m.put("buyerLink", row.buyerKey() == null ? "" : "/buyer/" + row.buyerKey());
        List<Map<String, String>> suppliers = new ArrayList<>();
        for (int i = 0; i < row.supplierKeys().size(); i++) {
            suppliers.add(Map.of("name", row.supplierNames().get(i), "link", "/supplier/" + row.supplierKeys().get(i)));
        }
        m.put("suppliers", suppliers);
        m.put("category", Words.category(row.category()) + (row.possiblyRelevant() ? " (possibly relevant)" : ""));
        m.put("stage", Words.stage(row.lifecycle(), row.stage()));
        m.put("value", Words.money(row.value(), row.currency()));
        m.put("date", Words.day(row.latestNotice()));
        m.put("isoDate", Words.isoDay(row.latestNotice()));
        m.put("specialties", row.specialties());
        return m;
    }

    public static String procurementLink(String ocid) {
        return "/procurement/" + URLEncoder.encode(ocid, StandardCharsets.UTF_8);
    }
}
