package org.tenderwatch.e2e;

import org.tenderwatch.embedded.EmbeddedPostgresServer;

import java.sql.DriverManager;
import java.sql.SQLException;

/** Reads the notifier's outbox, to know when what was sent has also been recorded as sent. */
record NotifierDatabase(String url) {

    long sent(String channel) {
        try (var connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             var statement = connection.prepareStatement("select count(*) from delivery d join subscriber s on s.id = d.subscriber_id"
                     + " where s.channel = ? and d.state = 'sent'")) {
            statement.setString(1, channel);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the notifier's deliveries", e);
        }
    }
}
