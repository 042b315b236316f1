package org.tenderwatch.tracker.search;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One procurement as lists, exports and feeds show it. */
public record ProcurementRow(
        String ocid,
        @Nullable String title,
        @Nullable String buyerKey,
        @Nullable String buyerName,
        List<String> supplierKeys,
        List<String> supplierNames,
        String category,
        boolean possiblyRelevant,
        List<String> specialties,
        List<String> signals,
        @Nullable String lifecycle,
        String stage,
        @Nullable BigDecimal value,
        @Nullable String currency,
        Instant firstNotice,
        Instant latestNotice,
        String source,
        List<String> regions,
        @Nullable String noticeUrl,
        @Nullable LocalDate standstillEnd,
        int releaseCount) {

    /** The columns {@link #read} expects, for {@code select … from procurement p}. */
    public static final String COLUMNS = """
            p.ocid, p.title, p.buyer_key, p.buyer_name,
            array(select s.supplier_key from procurement_supplier s join organisation o on o.key = s.supplier_key
                  where s.ocid = p.ocid order by o.name, o.key) as supplier_keys,
            array(select o.name from procurement_supplier s join organisation o on o.key = s.supplier_key
                  where s.ocid = p.ocid order by o.name, o.key) as supplier_names,
            p.category, p.possibly_relevant, p.specialties, p.signals, p.lifecycle, p.stage, p.value_amount,
            p.value_currency, p.first_notice, p.latest_notice, p.source, p.regions, p.notice_url, p.standstill_end,
            p.release_count""";

    public static ProcurementRow read(ResultSet rs) throws SQLException {
        return new ProcurementRow(rs.getString("ocid"), rs.getString("title"), rs.getString("buyer_key"),
                rs.getString("buyer_name"), strings(rs.getArray("supplier_keys")), strings(rs.getArray("supplier_names")),
                rs.getString("category"), rs.getBoolean("possibly_relevant"), strings(rs.getArray("specialties")),
                strings(rs.getArray("signals")), rs.getString("lifecycle"), rs.getString("stage"),
                rs.getBigDecimal("value_amount"), rs.getString("value_currency"), instant(rs.getTimestamp("first_notice")),
                instant(rs.getTimestamp("latest_notice")), rs.getString("source"), strings(rs.getArray("regions")),
                rs.getString("notice_url"), rs.getObject("standstill_end", LocalDate.class), rs.getInt("release_count"));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
