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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** A subscriber's new instant alerts about one release: what {@link #queueInstants} queues a message for. */
    public record InstantAlerts(long subscriberId, String releaseId, String ocid, Collection<Long> alertIds) {
    }

    /**
     * A poll's instant alerts, in the order given, with a statement each to find the waiting messages, to insert the
     * new ones and to attach the alerts, however many there are. One message per subscriber per release, however many
     * of their subscriptions matched it; with a gather window, one per subscriber per procurement, joining the message
     * of that procurement that waits out its window (for {@code gatherWindow} from the first), as the first release of
     * it in {@code alerts} would have made one that the next ones join, so that a direct award's notices make one
     * message. A message a worker has taken (attempted once) is left alone: it is locked while taken, and then its
     * attempts count has moved.
     */
    public void queueInstants(List<InstantAlerts> alerts, Duration gatherWindow) {
        if (alerts.isEmpty()) {
            return;
        }
        tx.executeWrite(status -> {
            Connection c = status.getConnection();
            // A message per (subscriber, release), or per (subscriber, procurement) within a window, with its alerts.
            Map<List<Object>, InstantAlerts> messages = new LinkedHashMap<>();
            Map<List<Object>, List<Long>> alertsOf = new HashMap<>();
            for (InstantAlerts a : alerts) {
                List<Object> key = List.of(a.subscriberId(), gatherWindow.isZero() ? a.releaseId() : a.ocid());
                messages.putIfAbsent(key, a);
                alertsOf.computeIfAbsent(key, k -> new ArrayList<>()).addAll(a.alertIds());
            }
            Map<List<Object>, Long> deliveryOf = gatherWindow.isZero() ? new HashMap<>() : waitingInstantsOfProcurements(c, messages.keySet());
            Map<List<Object>, List<Object>> toInsert = new LinkedHashMap<>(); // (subscriber, release) -> message key
            messages.forEach((key, first) -> {
                if (!deliveryOf.containsKey(key)) {
                    List<Object> row = List.of(first.subscriberId(), first.releaseId());
                    List<Object> earlier = toInsert.putIfAbsent(row, key);
                    if (earlier != null) { // one release under two procurements: still one message for it
                        alertsOf.get(earlier).addAll(alertsOf.remove(key));
                    }
                }
            });
            if (!toInsert.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("""
                        insert into delivery (subscriber_id, kind, release_id, next_attempt_at)
                        select t.subscriber_id, 'instant', t.release_id, now() + ? * interval '1 millisecond'
                        from unnest(?::bigint[], ?::text[]) with ordinality as t(subscriber_id, release_id, n) order by t.n
                        on conflict (subscriber_id, release_id) where kind = 'instant'
                        do update set subscriber_id = excluded.subscriber_id returning id, subscriber_id, release_id""")) {
                    ps.setLong(1, gatherWindow.toMillis());
                    ps.setArray(2, c.createArrayOf("bigint", toInsert.keySet().stream().map(row -> row.get(0)).toArray()));
                    ps.setArray(3, c.createArrayOf("text", toInsert.keySet().stream().map(row -> row.get(1)).toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            deliveryOf.put(toInsert.get(List.of(rs.getLong(2), rs.getString(3))), rs.getLong(1));
                        }
                    }
                }
            }
            List<Long> alertIds = new ArrayList<>();
            List<Long> deliveryIds = new ArrayList<>();
            alertsOf.forEach((key, ids) -> ids.forEach(id -> {
                alertIds.add(id);
                deliveryIds.add(deliveryOf.get(key));
            }));
            try (PreparedStatement ps = c.prepareStatement("""
                    update alert a set delivery_id = t.delivery_id
                    from unnest(?::bigint[], ?::bigint[]) as t(alert_id, delivery_id) where a.id = t.alert_id""")) {
                ps.setArray(1, c.createArrayOf("bigint", alertIds.toArray()));
                ps.setArray(2, c.createArrayOf("bigint", deliveryIds.toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The first waiting message of each (subscriber, procurement) that no worker has taken, locked. */
    private static Map<List<Object>, Long> waitingInstantsOfProcurements(Connection c, Collection<List<Object>> subscriberAndOcid) throws SQLException {
        Map<List<Object>, Long> waiting = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select d.id, d.subscriber_id, a.ocid from delivery d
                join alert a on a.delivery_id = d.id
                join unnest(?::bigint[], ?::text[]) as w(subscriber_id, ocid) on w.subscriber_id = d.subscriber_id and w.ocid = a.ocid
                where d.kind = 'instant' and d.state = 'pending' and d.attempts = 0
                for update of d skip locked""")) {
            ps.setArray(1, c.createArrayOf("bigint", subscriberAndOcid.stream().map(k -> k.get(0)).toArray()));
            ps.setArray(2, c.createArrayOf("text", subscriberAndOcid.stream().map(k -> k.get(1)).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    waiting.merge(List.of(rs.getLong(2), rs.getString(3)), rs.getLong(1), Math::min);
                }
            }
        }
        return waiting;
    }

    /**
     * Gathers a burst for one recipient into the delivery a worker holds, once {@code threshold} or more of its instant
     * deliveries are pending: the others that no worker has taken give it their alerts and are cancelled, saying where
     * their alerts went. Nothing is lost: the alerts now belong to a delivery that is retried and given up like any other.
     *
     * @return whether the burst was gathered
     */
    public boolean gatherBurst(long deliveryId, long subscriberId, int threshold) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement(
                    "select count(*) from delivery where subscriber_id = ? and kind = 'instant' and state = ?")) {
                ps.setLong(1, subscriberId);
                ps.setString(2, DeliveryState.PENDING.label());
                if (single(ps) < threshold) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    with others as (
                        select d.id from delivery d
                        where d.subscriber_id = ? and d.kind = 'instant' and d.state = ? and d.attempts = 0 and d.id <> ?
                        for update skip locked
                    ), moved as (
                        update alert a set delivery_id = ? from others o where a.delivery_id = o.id returning a.id
                    )
                    update delivery d set state = ?, last_error = 'gathered into delivery ' || ? || ' with '
                        || (select count(*) from moved) || ' other alerts'
                    from others o where d.id = o.id""")) {
                ps.setLong(1, subscriberId);
                ps.setString(2, DeliveryState.PENDING.label());
                ps.setLong(3, deliveryId);
                ps.setLong(4, deliveryId);
                ps.setString(5, DeliveryState.CANCELLED.label());
                ps.setLong(6, deliveryId);
                ps.executeUpdate();
            }
            return true;
        });
    }

    /**
     * The first message sent to this subscriber about this procurement, other than {@code excludingDelivery}: what a
     * follow-up names and threads under.
     */
    public Optional<SentAbout> firstSentAbout(long subscriberId, String ocid, long excludingDelivery) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select d.id, d.created_at, d.sent_at, coalesce(n.payload -> 'notice' ->> 'title', n.release_id)
                    from alert a join delivery d on d.id = a.delivery_id join notice n on n.release_id = a.release_id
                    where a.subscriber_id = ? and a.ocid = ? and d.id <> ? and d.state = ?
                    order by d.sent_at, d.id limit 1""")) {
                ps.setLong(1, subscriberId);
                ps.setString(2, ocid);
                ps.setLong(3, excludingDelivery);
                ps.setString(4, DeliveryState.SENT.label());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new SentAbout(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3).toInstant(), rs.getString(4))) : Optional.<SentAbout>empty();
                }
            }
        });
    }

    /**
     * Queues one digest for {@code day} to every subscriber whose digest hour has come (the earliest hour among
     * their digest subscriptions with something waiting), attaching every waiting alert of the due cadences to it. The
     * unique (subscriber, day) key makes this safe on every instance and late after downtime. Returns how many were queued.
     *
     * @param cadences the digest cadences due today: daily, and weekly on the weekly day
     */
    public int queueDigests(int localHour, LocalDate day, Collection<String> cadences) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    with due as (
                        select a.subscriber_id from alert a join subscription s on s.id = a.subscription_id
                        where a.cadence = any(?) and a.delivery_id is null
                        group by a.subscriber_id having min(s.digest_hour) <= ?
                    ), created as (
                        insert into delivery (subscriber_id, kind, period)
                        select subscriber_id, 'digest', ? from due
                        on conflict (subscriber_id, period) where kind = 'digest' do nothing
                        returning id, subscriber_id
                    ), attached as (
                        update alert a set delivery_id = c.id from created c
                        where a.subscriber_id = c.subscriber_id and a.cadence = any(?) and a.delivery_id is null
                        returning c.id
                    )
                    select count(distinct id) from attached""")) {
                var due = c.createArrayOf("text", cadences.toArray());
                ps.setArray(1, due);
                ps.setInt(2, localHour);
                ps.setDate(3, Date.valueOf(day));
                ps.setArray(4, due);
                return (int) single(ps);
            }
        });
    }

    /** The daily digests due at this hour. */
    public int queueDigests(int localHour, LocalDate day) {
        return queueDigests(localHour, day, List.of("daily"));
    }

    /**
     * Queues the monthly message about {@code month} (its first day) to every subscriber who asked for it and has an
     * alert in force. The unique (subscriber, month) key makes this safe on every instance, after a restart and on
     * every check of the day it is due. Returns how many were queued.
     */
    public int queueMonthly(LocalDate month) {
        return tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    insert into delivery (subscriber_id, kind, period)
                    select r.id, ?, ? from subscriber r
                    where r.monthly_summary and r.unsubscribed_at is null
                      and exists (select 1 from subscription s where s.subscriber_id = r.id and s.confirmed and s.closed_at is null)
                    on conflict (subscriber_id, period) where kind = 'monthly' do nothing""")) {
                ps.setString(1, MessageKind.MONTHLY.label());
                ps.setDate(2, Date.valueOf(month.withDayOfMonth(1)));
                return ps.executeUpdate();
            }
        });
    }

    /** Alert messages (instant and digests) sent to this subscriber in {@code [from, to)}. */
    public long alertMessagesSent(long subscriberId, Instant from, Instant to) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select count(*) from delivery
                    where subscriber_id = ? and kind in (?, ?) and state = ? and sent_at >= ? and sent_at < ?""")) {
                ps.setLong(1, subscriberId);
                ps.setString(2, MessageKind.INSTANT.label());
                ps.setString(3, MessageKind.DIGEST.label());
                ps.setString(4, DeliveryState.SENT.label());
                ps.setTimestamp(5, Timestamp.from(from));
                ps.setTimestamp(6, Timestamp.from(to));
                return single(ps);
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
