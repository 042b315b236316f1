package org.tenderwatch.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads (and for a few tests, changes) a service's tables directly, to assert on what it recorded. */
public final class Db {

    private final TransactionOperations<Connection> tx;

    public Db(ApplicationContext context) {
        this.tx = context.getBean(Argument.of(TransactionOperations.class, Connection.class));
    }

    public long count(String sql, Object... args) {
        return Long.parseLong(strings(sql, args).get(0));
    }

    /** Changes rows behind the service's back, to set up what the API would never let in. */
    public int update(String sql, Object... args) {
        return tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    public List<String> strings(String sql, Object... args) {
        return tx.executeRead(status -> query(status.getConnection(), sql, args));
    }

    private static List<String> query(Connection c, String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
