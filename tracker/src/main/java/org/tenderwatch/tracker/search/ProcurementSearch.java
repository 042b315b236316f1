package org.tenderwatch.tracker.search;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Runs a search for one page of results and how many there are (counted up to a cap, so counting stays cheap). */
@Singleton
public class ProcurementSearch {

    /** Counting stops here: "more than 1,000" is as useful as the exact figure and costs far less. */
    public static final int COUNT_CAP = 1_000;
    /**
     * Ranking reads each match's whole text vector, so best-match order ranks the newest matches up to this many:
     * a word found in half the record costs the same as a rare one. Exports rank every match.
     */
    static final int RANKED_CANDIDATES = 2_000;

    public record Results(List<ProcurementRow> rows, int total, boolean moreThanTotal) {
    }

    private final TransactionOperations<Connection> tx;
    private final SearchSettings config;

    ProcurementSearch(TransactionOperations<Connection> tx, SearchSettings config) {
        this.tx = tx;
        this.config = config;
    }

    public Results search(SearchQuery query) {
        SearchSql sql = SearchSql.of(query);
        try {
            return tx.executeRead(status -> {
                Connection c = status.getConnection();
                List<ProcurementRow> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(query.sort() == Sort.RELEVANCE ? ranked(sql) : "select "
                        + ProcurementRow.COLUMNS + " from procurement p where " + sql.where() + " order by " + sql.order()
                        + " limit ? offset ?")) {
                    ps.setQueryTimeout(timeoutSeconds());
                    int i = sql.bindWhere(ps, 1);
                    i = sql.bindOrder(ps, i);
                    ps.setInt(i++, query.size());
                    ps.setLong(i, (long) (query.page() - 1) * query.size());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(ProcurementRow.read(rs));
                        }
                    }
                }
                if (query.page() == 1 && rows.size() < query.size()) {
                    return new Results(rows, rows.size(), false);
                }
                int total;
                try (PreparedStatement ps = c.prepareStatement("select count(*) from (select 1 from procurement p where "
                        + sql.where() + " limit " + (COUNT_CAP + 1) + ") matched")) {
                    ps.setQueryTimeout(timeoutSeconds());
                    sql.bindWhere(ps, 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        total = rs.getInt(1);
                    }
                }
                return new Results(rows, Math.min(total, COUNT_CAP), total > COUNT_CAP);
            });
        } catch (Exception e) {
            // executeRead lets the driver's SQLException through unwrapped, although it is checked.
            if (SearchTimedOut.isTimeout(e)) {
                throw new SearchTimedOut(e);
            }
            throw e;
        }
    }

    /** The newest candidates, ranked; then the page's rows read whole, in rank order. */
    private static String ranked(SearchSql sql) {
        return "with candidates as (select p.ocid, p.search, p.latest_notice from procurement p where " + sql.where()
                + " order by p.latest_notice desc limit " + RANKED_CANDIDATES + "), ranked as (select p.ocid, p.latest_notice, "
                + SearchSql.RANK + " as rank from candidates p"
                + " order by rank desc, p.latest_notice desc, p.ocid limit ? offset ?)"
                + " select " + ProcurementRow.COLUMNS + " from ranked r join procurement p on p.ocid = r.ocid"
                + " order by r.rank desc, r.latest_notice desc, r.ocid";
    }

    private int timeoutSeconds() {
        return (int) Math.max(1, config.queryTimeout().toSeconds());
    }
}
