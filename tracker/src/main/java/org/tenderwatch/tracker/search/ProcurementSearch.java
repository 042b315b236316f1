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

    /** Counting stops here: "more than 10,000" is as useful as the exact figure and costs far less. */
    public static final int COUNT_CAP = 10_000;

    public record Results(List<ProcurementRow> rows, int total, boolean moreThanTotal) {
    }

    private final TransactionOperations<Connection> tx;
    private final SearchConfig config;

    ProcurementSearch(TransactionOperations<Connection> tx, SearchConfig config) {
        this.tx = tx;
        this.config = config;
    }

    public Results search(SearchQuery query) {
        SearchSql sql = SearchSql.of(query);
        try {
            return tx.executeRead(status -> {
                Connection c = status.getConnection();
                List<ProcurementRow> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("select " + ProcurementRow.COLUMNS
                        + " from procurement p where " + sql.where() + " order by " + sql.order() + " limit ? offset ?")) {
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
        } catch (RuntimeException e) {
            if (SearchTimedOut.isTimeout(e)) {
                throw new SearchTimedOut(e);
            }
            throw e;
        }
    }

    private int timeoutSeconds() {
        return (int) Math.max(1, config.queryTimeout().toSeconds());
    }
}
