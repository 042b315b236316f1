package org.tenderwatch.tracker.summary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.tracker.search.ProcurementRow;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of the summary page for procurements whose latest notice falls in a period. Relevant procurements
 * only; values in pounds. A procurement with several suppliers counts its whole value for each of them, as the
 * notices rarely say how it was shared.
 */
@Singleton
class Summary {

    private static final String RELEVANT = "p.category <> 'not_relevant' and not p.possibly_relevant and not p.test_notice"
            + " and p.latest_notice >= ? and (p.value_currency is null or p.value_currency = 'GBP' or p.value_amount is null)";
    private static final int TOP = 10;

    record Line(String key, String name, long count, @Nullable BigDecimal value) {
    }

    record Figures(List<Line> byCategory, List<Line> buyers, List<Line> suppliers, List<ProcurementRow> biggest,
                   List<Line> winners) {
    }

    private final TransactionOperations<Connection> tx;

    Summary(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    Figures since(Instant start) {
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            return new Figures(
                    lines(c, "select p.category, p.category, count(*), sum(p.value_amount) from procurement p where " + RELEVANT
                            + " group by 1 order by 1", start),
                    lines(c, "select p.buyer_key, min(p.buyer_name), count(*), sum(p.value_amount) from procurement p where " + RELEVANT
                            + " and p.buyer_key is not null group by 1 order by 4 desc nulls last, 3 desc limit " + TOP, start),
                    lines(c, "select s.supplier_key, min(o.name), count(*), sum(p.value_amount) from procurement p"
                            + " join procurement_supplier s on s.ocid = p.ocid join organisation o on o.key = s.supplier_key where "
                            + RELEVANT + " group by 1 order by 4 desc nulls last, 3 desc limit " + TOP, start),
                    biggest(c, start),
                    lines(c, """
                            select w, w, count(*), sum(p.value_amount) from (select p.*, case
                                when p.signals @> array['private-winner'] then 'private'
                                when p.signals @> array['nhs-winner'] then 'nhs'
                                else 'unknown' end as w from procurement p
                                where p.lifecycle is null or p.lifecycle <> 'cancelled') p
                            where\s""" + RELEVANT + " and exists (select 1 from procurement_supplier s where s.ocid = p.ocid)"
                            + " group by 1 order by 1", start));
        });
    }

    private static List<Line> lines(Connection c, String sql, Instant start) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setQueryTimeout(10);
            ps.setTimestamp(1, Timestamp.from(start));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new Line(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)));
                }
            }
        }
        return lines;
    }

    private static List<ProcurementRow> biggest(Connection c, Instant start) throws SQLException {
        List<ProcurementRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select " + ProcurementRow.COLUMNS + " from procurement p where " + RELEVANT
                + " and p.value_amount is not null order by p.value_amount desc, p.ocid limit " + TOP)) {
            ps.setQueryTimeout(10);
            ps.setTimestamp(1, Timestamp.from(start));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(ProcurementRow.read(rs));
                }
            }
        }
        return rows;
    }
}
