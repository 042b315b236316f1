package org.tenderwatch.notifier.subscriptions;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.outbox.Outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** Subscribers in PostgreSQL: created once per address or webhook, confirmed, unsubscribed, suppressed or disabled. */
@Singleton
public class SubscriberStore {

    private final TransactionOperations<Connection> tx;
    private final Outbox outbox;

    SubscriberStore(TransactionOperations<Connection> tx, Outbox outbox) {
        this.tx = tx;
        this.outbox = outbox;
    }

    /** The subscriber for this address, created if new. Addresses compare case-insensitively. */
    public long emailSubscriber(String email) {
        return upsert("""
                insert into subscriber (channel, email) values ('email', ?)
                on conflict ((lower(email))) where email is not null do update set email = subscriber.email
                returning id""", email.trim());
    }

    /** Whether repeated hard failures suppressed this address: nothing is sent to it again. */
    public boolean suppressed(String email) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select exists (select 1 from suppressed_address where email = lower(?))")) {
                ps.setString(1, email.trim());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    /** A subscriber locked until the transaction ends, so that requests for one address are decided one at a time. */
    public record Locked(long id, boolean unsubscribed) {
    }

    /** The subscriber for this address, created if new, and locked; within a transaction. */
    public Locked lockEmailSubscriber(String email) {
        long id = emailSubscriber(email);
        return tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select unsubscribed_at is not null from subscriber where id = ? for update")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Locked(id, rs.getBoolean(1));
                }
            }
        });
    }

    /** The subscriber for this webhook, created if new; only the ciphertext and a keyed fingerprint are stored. */
    public long slackSubscriber(String webhookCiphertext, String webhookFingerprint) {
        return tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    insert into subscriber (channel, webhook_ciphertext, webhook_fingerprint, confirmed_at)
                    values ('slack', ?, ?, now())
                    on conflict (webhook_fingerprint) where webhook_fingerprint is not null
                    do update set webhook_ciphertext = excluded.webhook_ciphertext
                    returning id""")) {
                ps.setString(1, webhookCiphertext);
                ps.setString(2, webhookFingerprint);
                return single(ps);
            }
        });
    }

    public Optional<Subscriber> find(long id) {
        return tx.executeRead(status -> find(status.getConnection(), id));
    }

    public Optional<Subscriber> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select r.id, r.channel, r.email, r.webhook_ciphertext,
                       case when r.unsubscribed_at is not null then 'unsubscribed'
                            when a.email is not null then 'address suppressed: ' || a.reason
                            when d.subscriber_id is not null then 'webhook disabled: ' || d.reason end as blocked
                from subscriber r
                left join suppressed_address a on a.email = lower(r.email)
                left join disabled_webhook d on d.subscriber_id = r.id
                where r.id = ?""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Subscriber(rs.getLong(1), ChannelType.fromLabel(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
            }
        }
    }

    /**
     * Double opt-in done: the subscription starts matching, and the address may receive alerts again. A subscription
     * an unsubscribe ended stays ended: its confirmation link, older than the unsubscribe, no longer works.
     */
    public boolean confirm(long subscriptionId) {
        return tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    with s as (update subscription set confirmed = true, updated_at = now() where id = ? and closed_at is null
                               returning subscriber_id)
                    update subscriber set confirmed_at = coalesce(confirmed_at, now()), unsubscribed_at = null
                    where id in (select subscriber_id from s)""")) {
                ps.setLong(1, subscriptionId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /**
     * Stops everything to this subscriber, including messages already waiting in the outbox. Their subscriptions are
     * closed for good, so subscribing anew later (or an old confirmation link) does not bring old ones back.
     */
    public boolean unsubscribe(long subscriberId) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement(
                    "update subscriber set unsubscribed_at = coalesce(unsubscribed_at, now()) where id = ?");
                 PreparedStatement unconfirm = c.prepareStatement(
                         "update subscription set confirmed = false, closed_at = coalesce(closed_at, now()), updated_at = now() where subscriber_id = ?")) {
                ps.setLong(1, subscriberId);
                unconfirm.setLong(1, subscriberId);
                boolean found = ps.executeUpdate() > 0;
                unconfirm.executeUpdate();
                outbox.cancelPending(subscriberId, "unsubscribed");
                return found;
            }
        });
    }

    /** Counts a hard failure; at {@code threshold} the address is suppressed for good. Returns true when it was. */
    public boolean recordHardFailure(Connection c, Subscriber subscriber, String reason, int threshold) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update subscriber set hard_failures = hard_failures + 1 where id = ? returning hard_failures")) {
            ps.setLong(1, subscriber.id());
            if (single(ps) < threshold) {
                return false;
            }
        }
        String sql = subscriber.channel() == ChannelType.EMAIL
                ? "insert into suppressed_address (email, reason) values (lower(?), ?) on conflict do nothing"
                : "insert into disabled_webhook (subscriber_id, reason) values (?, ?) on conflict do nothing";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (subscriber.channel() == ChannelType.EMAIL) {
                ps.setString(1, subscriber.email().toLowerCase(Locale.ROOT));
            } else {
                ps.setLong(1, subscriber.id());
            }
            ps.setString(2, reason);
            ps.executeUpdate();
        }
        return true;
    }

    private long upsert(String sql, String value) {
        return tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                ps.setString(1, value);
                return single(ps);
            }
        });
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
