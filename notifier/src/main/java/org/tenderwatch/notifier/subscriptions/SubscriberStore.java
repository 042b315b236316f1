package org.tenderwatch.notifier.subscriptions;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.deliver.Recipient;
import org.tenderwatch.notifier.outbox.Outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Subscribers in PostgreSQL: created once per recipient of a channel (stored as the channel gives it), confirmed, unsubscribed. */
@Singleton
public class SubscriberStore {

    private final TransactionOperations<Connection> tx;
    private final Outbox outbox;

    SubscriberStore(TransactionOperations<Connection> tx, Outbox outbox) {
        this.tx = tx;
        this.outbox = outbox;
    }

    /** The subscriber for this recipient of this channel, created if new: one per (channel, recipient key). */
    public long subscriber(String channel, Recipient recipient) {
        return tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    insert into subscriber (channel, recipient, recipient_key) values (?, ?, ?)
                    on conflict (channel, recipient_key) do update set channel = excluded.channel
                    returning id""")) {
                ps.setString(1, channel);
                ps.setString(2, recipient.stored());
                ps.setString(3, recipient.key());
                return single(ps);
            }
        });
    }

    /** A subscriber locked until the transaction ends, so that requests for one address are decided one at a time. */
    public record Locked(long id, boolean unsubscribed) {
    }

    /** The subscriber for this recipient, created if new, and locked; within a transaction. */
    public Locked lockSubscriber(String channel, Recipient recipient) {
        long id = subscriber(channel, recipient);
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
                    // The monthly message goes too: someone who subscribes again starts with it off, as anyone new.
                    "update subscriber set unsubscribed_at = coalesce(unsubscribed_at, now()), monthly_summary = false where id = ?");
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

    /** Turns the monthly "still working" message on or off for this subscriber; answers whether it exists. */
    public boolean wantMonthly(long subscriberId, boolean wanted) {
        return tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "update subscriber set monthly_summary = ? where id = ?")) {
                ps.setBoolean(1, wanted);
                ps.setLong(2, subscriberId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /**
     * The monthly message asked for on the public form: taken only for an address that never confirmed anything (it
     * starts with the subscription the owner then confirms), so that nobody can change it for someone else's address.
     */
    public void wantMonthlyBeforeConfirming(long subscriberId) {
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "update subscriber set monthly_summary = true where id = ? and confirmed_at is null")) {
                ps.setLong(1, subscriberId);
                return ps.executeUpdate();
            }
        });
    }

    /** Whether this subscriber gets the monthly message. */
    public boolean wantsMonthly(long subscriberId) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select monthly_summary from subscriber where id = ?")) {
                ps.setLong(1, subscriberId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
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
