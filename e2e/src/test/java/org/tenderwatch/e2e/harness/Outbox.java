package org.tenderwatch.e2e.harness;

import org.tenderwatch.embedded.EmbeddedPostgresServer;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the notifier's alerts and the deliveries they went out in, as recorded in its database. */
record Outbox(String url) {

    record Row(long subscriptionId, String ocid, long createdAtMillis, String deliveryState, String lastError) {
    }

    List<Row> alerts() {
        try (var connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             var statement = connection.prepareStatement("select a.subscription_id, a.ocid, a.created_at, d.state, d.last_error"
                     + " from alert a left join delivery d on d.id = a.delivery_id")) {
            statement.setFetchSize(5000);
            connection.setAutoCommit(false);
            List<Row> rows = new ArrayList<>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getTimestamp(3).getTime(),
                            result.getString(4), result.getString(5)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the notifier's outbox", e);
        }
    }

    /** Deliveries not yet finished one way or the other; -1 while the database cannot be read. */
    long unfinished() {
        try (var connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             var statement = connection.prepareStatement("select count(*) from delivery where state = 'pending'");
             var result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    long alertCount() {
        try (var connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             var statement = connection.prepareStatement("select count(*) from alert");
             var result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }
}
