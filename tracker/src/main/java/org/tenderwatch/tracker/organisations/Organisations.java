package org.tenderwatch.tracker.organisations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.tracker.search.ProcurementRow;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what the record holds about one organisation as buyer or as supplier. Only relevant procurements count;
 * values are summed in pounds (values published in another currency are left out of the totals).
 */
@Singleton
class Organisations {

    private static final int LATEST = 50;
    private static final String RELEVANT = "p.category <> 'not_relevant' and not p.possibly_relevant and not p.test_notice";

    enum Role {
        BUYER("p.buyer_key = ?"),
        SUPPLIER("exists (select 1 from procurement_supplier s where s.ocid = p.ocid and s.supplier_key = ?)");

        private final String condition;

        Role(String condition) {
            this.condition = condition;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        String parameter() {
            return word();
        }
    }

    record Total(String year, String category, long count, @Nullable BigDecimal value) {
    }

    record Profile(String name, @Nullable String companiesHouse, long count, List<Total> totals, List<ProcurementRow> latest) {
    }

    private final TransactionOperations<Connection> tx;

    Organisations(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    Optional<Profile> read(Role role, String key) {
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            String name = null;
            String companiesHouse = null;
            try (PreparedStatement ps = c.prepareStatement("select name, companies_house from organisation where key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        name = rs.getString(1);
                        companiesHouse = rs.getString(2);
                    }
                }
            }
            if (name == null) {
                return Optional.<Profile>empty();
            }
            List<Total> totals = totals(c, role, key);
            if (totals.isEmpty()) {
                return Optional.<Profile>empty();
            }
            long count = totals.stream().mapToLong(Total::count).sum();
            return Optional.of(new Profile(name, companiesHouse, count, totals, latest(c, role, key)));
        });
    }

    private static List<Total> totals(Connection c, Role role, String key) throws SQLException {
        List<Total> totals = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select extract(year from p.latest_notice at time zone 'Europe/London')::int as year, p.category, count(*),
                       sum(p.value_amount) filter (where p.value_currency is null or p.value_currency = 'GBP')
                from procurement p where\s""" + role.condition + " and " + RELEVANT + " group by 1, 2 order by 1 desc, 2")) {
            ps.setQueryTimeout(10);
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    totals.add(new Total(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)));
                }
            }
        }
        return totals;
    }

    private static List<ProcurementRow> latest(Connection c, Role role, String key) throws SQLException {
        List<ProcurementRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select " + ProcurementRow.COLUMNS + " from procurement p where "
                + role.condition + " and " + RELEVANT + " order by p.latest_notice desc, p.ocid limit " + LATEST)) {
            ps.setQueryTimeout(10);
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(ProcurementRow.read(rs));
                }
            }
        }
        return rows;
    }
}
