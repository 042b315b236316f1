package org.tenderwatch.tracker.record;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.tenderwatch.events.Organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a procurement's row, its buyer and suppliers, and the text it is found by. */
@Singleton
class ProcurementRows {

    // tsvector is limited to 1 MB; a description longer than this adds nothing a search would miss.
    private static final int MAX_SEARCH_TEXT = 20_000;

    void save(Connection c, ProcurementSummary p) throws SQLException {
        String buyerKey = p.buyer() == null ? null : saveOrganisation(c, p.buyer());
        var latest = p.latest();
        String supplierNames = p.suppliersByKey().values().stream().map(Organisation::name).collect(Collectors.joining(" "));
        try (PreparedStatement ps = c.prepareStatement("""
                insert into procurement (ocid, title, description, buyer_key, buyer_name, category, possibly_relevant,
                    confidence, specialties, signals, lifecycle, stage, value_amount, value_currency, source, regions,
                    first_notice, latest_notice, standstill_end, tender_deadline, notice_url, release_count, test_notice,
                    region_keys, search)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    setweight(to_tsvector('english', coalesce(?, '')), 'A')
                    || setweight(to_tsvector('english', coalesce(?, '')), 'B')
                    || setweight(to_tsvector('english', coalesce(?, '')), 'C'))
                on conflict (ocid) do update set title = excluded.title, description = excluded.description,
                    buyer_key = excluded.buyer_key, buyer_name = excluded.buyer_name, category = excluded.category,
                    possibly_relevant = excluded.possibly_relevant, confidence = excluded.confidence,
                    specialties = excluded.specialties, signals = excluded.signals, lifecycle = excluded.lifecycle,
                    stage = excluded.stage, value_amount = excluded.value_amount, value_currency = excluded.value_currency,
                    source = excluded.source, regions = excluded.regions, first_notice = excluded.first_notice,
                    latest_notice = excluded.latest_notice, standstill_end = excluded.standstill_end,
                    tender_deadline = excluded.tender_deadline, notice_url = excluded.notice_url,
                    release_count = excluded.release_count, test_notice = excluded.test_notice,
                    region_keys = excluded.region_keys, search = excluded.search""")) {
            int i = 0;
            ps.setString(++i, p.ocid());
            ps.setString(++i, clean(p.title()));
            ps.setString(++i, clean(p.description()));
            ps.setString(++i, buyerKey);
            ps.setString(++i, p.buyer() == null || p.buyer().name() == null ? null : clean(OrganisationNames.display(p.buyer().name())));
            ps.setString(++i, latest.category().label());
            ps.setBoolean(++i, latest.possiblyRelevant());
            ps.setDouble(++i, latest.confidence());
            ps.setArray(++i, c.createArrayOf("text", latest.specialties().toArray()));
            ps.setArray(++i, c.createArrayOf("text", latest.signals().toArray()));
            ps.setString(++i, p.lifecycle());
            ps.setString(++i, latest.stage().label());
            ps.setBigDecimal(++i, p.value() == null ? null : p.value().amount());
            ps.setString(++i, p.value() == null ? null : p.value().currency());
            ps.setString(++i, latest.notice().source());
            ps.setArray(++i, c.createArrayOf("text", p.regions().toArray()));
            ps.setTimestamp(++i, Timestamp.from(p.firstNotice()));
            ps.setTimestamp(++i, Timestamp.from(p.latestNotice()));
            if (p.standstillEnd() == null) {
                ps.setNull(++i, Types.DATE);
            } else {
                ps.setObject(++i, p.standstillEnd());
            }
            ps.setTimestamp(++i, p.tenderDeadline() == null ? null : Timestamp.from(p.tenderDeadline().toInstant()));
            ps.setString(++i, p.noticeUrl());
            ps.setInt(++i, p.releaseCount());
            ps.setBoolean(++i, p.testNotice());
            ps.setArray(++i, c.createArrayOf("text", regionKeys(p.regions()).toArray()));
            ps.setString(++i, clean(p.title()));
            ps.setString(++i, clean((p.buyer() == null || p.buyer().name() == null ? "" : p.buyer().name()) + " " + supplierNames));
            ps.setString(++i, clean(cut(p.description())));
            ps.executeUpdate();
        }
        for (Map.Entry<String, Organisation> supplier : p.suppliersByKey().entrySet()) {
            saveOrganisation(c, supplier.getValue());
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into procurement_supplier (ocid, supplier_key) values (?, ?) on conflict do nothing")) {
                ps.setString(1, p.ocid());
                ps.setString(2, supplier.getKey());
                ps.executeUpdate();
            }
        }
    }

    /** The name as most recently published; a Companies House number, once known, is kept. */
    private static String saveOrganisation(Connection c, Organisation organisation) throws SQLException {
        String key = OrganisationNames.key(organisation.name());
        try (PreparedStatement ps = c.prepareStatement("""
                insert into organisation (key, name, companies_house) values (?, ?, ?)
                on conflict (key) do update set name = excluded.name,
                    companies_house = coalesce(excluded.companies_house, organisation.companies_house)""")) {
            ps.setString(1, key);
            ps.setString(2, clean(OrganisationNames.display(organisation.name())));
            ps.setString(3, OrganisationNames.companiesHouseNumber(organisation));
            ps.executeUpdate();
        }
        return key;
    }

    /** Every prefix of every region code, as the V2 migration computes it for rows written before it. */
    static java.util.Set<String> regionKeys(java.util.Collection<String> regions) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (String region : regions) {
            String code = region.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            for (int n = 2; n <= Math.min(8, code.length()); n++) {
                keys.add(code.substring(0, n));
            }
        }
        return keys;
    }

    /** PostgreSQL text cannot hold NUL, which some published notices contain; it carries nothing worth keeping. */
    private static @Nullable String clean(@Nullable String text) {
        return text == null ? null : text.replace("\u0000", "");
    }

    private static @Nullable String cut(@Nullable String text) {
        return text == null || text.length() <= MAX_SEARCH_TEXT ? text : text.substring(0, MAX_SEARCH_TEXT);
    }
}
