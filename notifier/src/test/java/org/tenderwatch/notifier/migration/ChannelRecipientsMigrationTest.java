package org.tenderwatch.notifier.migration;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.tenderwatch.embedded.EmbeddedPostgresServer;
import org.tenderwatch.embedded.SharedTestInfrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V10 (run over the schema before it, whatever came between) moves subscribers' addresses and webhooks, and both kinds of suppression, into the channel-owned columns. */
class ChannelRecipientsMigrationTest {

    private final String url = SharedTestInfrastructure.freshDatabase("notifier_migration");

    @Test
    void existingSubscribersAndSuppressionsKeepTheirRecipients() throws SQLException {
        migrateTo("5");
        execute("""
                insert into subscriber (channel, email) values ('email', 'Mixed.Case@Example.org');
                insert into subscriber (channel, webhook_ciphertext, webhook_fingerprint) values ('slack', 'ciphertext', 'fingerprint');
                insert into suppressed_address (email, reason) values ('gone@example.org', 'SMTP 550 no such user');
                insert into disabled_webhook (subscriber_id, reason) select id, 'Slack answered 404: no_service' from subscriber where channel = 'slack'""");

        migrateTo("10");

        assertThat(rows("select channel || ' ' || recipient || ' ' || recipient_key from subscriber order by id"))
                .containsExactly("email Mixed.Case@Example.org mixed.case@example.org", "slack ciphertext fingerprint");
        assertThat(rows("select channel || ' ' || recipient_key || ' ' || reason from suppressed_recipient order by channel"))
                .containsExactly("email gone@example.org SMTP 550 no such user", "slack fingerprint Slack answered 404: no_service");
        assertThatThrownBy(() -> rows("select email from subscriber")).hasMessageContaining("email");
        assertThatThrownBy(() -> execute("insert into subscriber (channel, recipient, recipient_key) values ('email', 'MIXED.case@example.org', 'mixed.case@example.org')"))
                .as("one subscriber per channel and key").hasMessageContaining("subscriber_recipient");
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD)
                .locations("classpath:db/migration").target(version).load().migrate();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> found = new ArrayList<>();
            while (rs.next()) {
                found.add(rs.getString(1));
            }
            return found;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
    }
}
