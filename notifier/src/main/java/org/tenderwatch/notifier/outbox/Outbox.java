package org.tenderwatch.notifier.outbox;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The one owner of the delivery table: every message is queued, claimed and ended here, and nowhere else. Each
 * method joins the caller's transaction when there is one, so that a notice's alerts and their messages, or a
 * subscription and its confirmation mail, are written together or not at all.
 * <p>
 * Workers claim the next due delivery with {@code FOR UPDATE SKIP LOCKED}, which also locks its subscriber: two
 * instances never take the same delivery, nor write to one webhook at once. The claim is a lease (the delivery
 * becomes due again after it), so a crash between sending and recording means one resend, never a loss.
 */
@Singleton
public class Outbox {

    private final TransactionOperations<Connection> tx;

    Outbox(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /**
     * One message per subscriber per release, however many of their subscriptions matched it: the alerts join the
     * instant delivery of that release, created if it is the first.
     */
    public long queueInstant(long subscriberId, String releaseId, Collection<Long> alertIds) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            long deliveryId;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into delivery (subscriber_id, kind, release_id) values (?, 'instant', ?)
                    on conflict (subscriber_id, release_id) where kind = 'instant'
                    do update set subscriber_id = excluded.subscriber_id returning id""")) {
                ps.setLong(1, subscriberId);
                ps.setString(2, releaseId);
                deliveryId = single(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("update alert set delivery_id = ? where id = any(?)")) {
                ps.setLong(1, deliveryId);
                ps.setArray(2, c.createArrayOf("bigint", alertIds.toArray()));
                ps.executeUpdate();
            }
            return deliveryId;
        });
    }

    /**
     * Queues one digest for {@code day} to every subscriber whose digest hour has come (the earliest hour among
     * their daily subscriptions with something waiting), attaching every waiting daily alert to it. The unique
     * (subscriber, day) key makes this safe on every instance and late after downtime. Returns how many were queued.
     */
    public int queueDigests(int localHour, LocalDate day) {
        return tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    with due as (
                        select a.subscriber_id from alert a join subscription s on s.id = a.subscription_id
                        where a.cadence = 'daily' and a.delivery_id is null
                        group by a.subscriber_id having min(s.digest_hour) <= ?
                    ), created as (
                        insert into delivery (subscriber_id, kind, period)
                        select subscriber_id, 'digest', ? from due
                        on conflict (subscriber_id, period) where kind = 'digest' do nothing
                        returning id, subscriber_id
                    ), attached as (
                        update alert a set delivery_id = c.id from created c
                        where a.subscriber_id = c.subscriber_id and a.cadence = 'daily' and a.delivery_id is null
                        returning c.id
                    )
                    select count(distinct id) from attached""")) {
                ps.setInt(1, localHour);
                ps.setDate(2, Date.valueOf(day));
                return (int) single(ps);
            }
        });
    }

    /** Queues the double opt-in mail of a subscription: the workers send it like any other message. */
    public void queueConfirmation(long subscriberId, long subscriptionId) {
        execute("insert into delivery (subscriber_id, kind, subscription_id) values (?, ?, ?)",
                subscriberId, MessageKind.CONFIRMATION.label(), subscriptionId);
    }

    /** Whether a confirmation mail to this subscriber waits to be sent, or was sent and its link still works. */
    public boolean confirmationPending(long subscriberId, Duration linkTtl) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select exists (select 1 from delivery d join subscription s on s.id = d.subscription_id
                                   where d.subscriber_id = ? and d.kind = ? and d.state in (?, ?)
                                     and not s.confirmed and s.closed_at is null
                                     and d.created_at > now() - ? * interval '1 millisecond')""")) {
                ps.setLong(1, subscriberId);
                ps.setString(2, MessageKind.CONFIRMATION.label());
                ps.setString(3, DeliveryState.PENDING.label());
                ps.setString(4, DeliveryState.SENT.label());
                ps.setLong(5, linkTtl.toMillis());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    /** Everything still waiting for this subscriber is cancelled, with the reason kept. */
    public void cancelPending(long subscriberId, String reason) {
        execute("update delivery set state = ?, last_error = ? where subscriber_id = ? and state = ?",
                DeliveryState.CANCELLED.label(), reason, subscriberId, DeliveryState.PENDING.label());
    }

    /** @param minInterval per subscriber channel label, the least time between two messages to one recipient */
    public Optional<Claimed> claimNext(Duration lease, ToLongFunction<String> minInterval) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            Claimed claimed;
            String channel;
            try (PreparedStatement ps = c.prepareStatement("""
                    select d.id, d.subscriber_id, d.kind, d.release_id, d.period, d.subscription_id, d.attempts, d.created_at,
                           r.channel
                    from delivery d join subscriber r on r.id = d.subscriber_id
                    where d.state = ? and d.next_attempt_at <= now() and r.next_send_at <= now()
                    order by d.next_attempt_at
                    limit 1
                    for update of d, r skip locked""")) {
                ps.setString(1, DeliveryState.PENDING.label());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Claimed>empty();
                    }
                    long subscription = rs.getLong(6);
                    Long subscriptionId = rs.wasNull() ? null : subscription;
                    var period = rs.getDate(5);
                    claimed = new Claimed(rs.getLong(1), rs.getLong(2), MessageKind.fromLabel(rs.getString(3)),
                            rs.getString(4), period == null ? null : period.toLocalDate(), subscriptionId, rs.getInt(7) + 1,
                            rs.getTimestamp(8).toInstant());
                    channel = rs.getString(9);
                }
            }
            update(c, "update delivery set attempts = attempts + 1, next_attempt_at = now() + ? * interval '1 millisecond' where id = ?",
                    lease.toMillis(), claimed.id());
            update(c, "update subscriber set next_send_at = now() + ? * interval '1 millisecond' where id = ?",
                    minInterval.applyAsLong(channel), claimed.subscriberId());
            return Optional.of(claimed);
        });
    }

    public void sent(long id) {
        execute("update delivery set state = ?, sent_at = now(), last_error = null where id = ?", DeliveryState.SENT.label(), id);
    }

    /** Ends a delivery without sending it, with the reason kept. */
    public void finish(long id, DeliveryState state, String reason) {
        if (state == DeliveryState.PENDING || state == DeliveryState.SENT) {
            throw new IllegalArgumentException("a delivery ends unsent as failed, gave_up or cancelled, not " + state.label());
        }
        execute("update delivery set state = ?, last_error = ? where id = ?", state.label(), reason, id);
    }

    public void retryAt(long id, Instant at, String reason) {
        execute("update delivery set next_attempt_at = ?, last_error = ? where id = ?", Timestamp.from(at), reason, id);
    }

    /** The receiver asked us to wait (429 Retry-After): nothing goes to it before then, from any instance. */
    public void holdSubscriber(long subscriberId, Instant until) {
        execute("update subscriber set next_send_at = greatest(next_send_at, ?) where id = ?", Timestamp.from(until), subscriberId);
    }

    /** Deliveries waiting to be sent. */
    public long depth() {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("select count(*) from delivery where state = ?")) {
                ps.setString(1, DeliveryState.PENDING.label());
                return single(ps);
            }
        });
    }

    private void execute(String sql, Object... args) {
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    private static void update(Connection c, String sql, long value, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, value);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
