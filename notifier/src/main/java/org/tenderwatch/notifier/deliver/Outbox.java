package org.tenderwatch.notifier.deliver;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The delivery table as a queue. A worker claims the next due delivery with {@code FOR UPDATE SKIP LOCKED}, which
 * also locks its subscriber: two instances never take the same delivery, nor write to one webhook at once. The
 * claim is a lease (the delivery becomes due again after it), so a crash between sending and recording means one
 * resend, never a loss.
 */
@Singleton
class Outbox {

    private final TransactionOperations<Connection> tx;

    Outbox(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** @param minInterval per subscriber channel label, the least time between two messages to one recipient */
    Optional<Claimed> claimNext(Duration lease, ToLongFunction<String> minInterval) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            Claimed claimed;
            String channel;
            try (PreparedStatement ps = c.prepareStatement("""
                    select d.id, d.subscriber_id, d.kind, d.release_id, d.period, d.subscription_id, d.attempts, d.created_at,
                           r.channel
                    from delivery d join subscriber r on r.id = d.subscriber_id
                    where d.state = 'pending' and d.next_attempt_at <= now() and r.next_send_at <= now()
                    order by d.next_attempt_at
                    limit 1
                    for update of d, r skip locked""");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Claimed>empty();
                }
                long subscription = rs.getLong(6);
                Long subscriptionId = rs.wasNull() ? null : subscription;
                var period = rs.getDate(5);
                claimed = new Claimed(rs.getLong(1), rs.getLong(2), MessageKind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                        rs.getString(4), period == null ? null : period.toLocalDate(), subscriptionId, rs.getInt(7) + 1,
                        rs.getTimestamp(8).toInstant());
                channel = rs.getString(9);
            }
            update(c, "update delivery set attempts = attempts + 1, next_attempt_at = now() + ? * interval '1 millisecond' where id = ?",
                    lease.toMillis(), claimed.id());
            update(c, "update subscriber set next_send_at = now() + ? * interval '1 millisecond' where id = ?",
                    minInterval.applyAsLong(channel), claimed.subscriberId());
            return Optional.of(claimed);
        });
    }

    void sent(long id) {
        execute("update delivery set state = 'sent', sent_at = now(), last_error = null where id = ?", id);
    }

    /** Ends a delivery without sending: failed, gave_up or cancelled, with the reason kept. */
    void finish(long id, String state, String reason) {
        execute("update delivery set state = ?, last_error = ? where id = ?", state, reason, id);
    }

    void retryAt(long id, Instant at, String reason) {
        execute("update delivery set next_attempt_at = ?, last_error = ? where id = ?", Timestamp.from(at), reason, id);
    }

    /** The receiver asked us to wait (429 Retry-After): nothing goes to it before then, from any instance. */
    void holdSubscriber(long subscriberId, Instant until) {
        execute("update subscriber set next_send_at = greatest(next_send_at, ?) where id = ?", Timestamp.from(until), subscriberId);
    }

    long depth() {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("select count(*) from delivery where state = 'pending'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
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
}
