package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Where a message stands in its procurement's thread: the release received before each of its notices (to say what
 * changed) and the first message already sent to the subscriber about the same procurement (to follow it up).
 */
@Singleton
class ProcurementThreads {

    /** The zone of "sent on" dates: the subscribers', as for digest hours. */
    static final ZoneId SUBSCRIBERS_ZONE = ZoneId.of("Europe/London");

    private final TransactionOperations<Connection> tx;

    ProcurementThreads(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** The stored release of the same procurement received just before this one, as JSON. */
    Optional<String> previousRelease(String releaseId) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select p.payload::text from notice n join notice p on p.ocid = n.ocid and p.received_at < n.received_at
                    where n.release_id = ? order by p.received_at desc limit 1""")) {
                ps.setString(1, releaseId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** The first message sent to this subscriber about this procurement, other than the delivery being built. */
    @Nullable
    EarlierAlert firstSent(long subscriberId, String ocid, long deliveryId) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select d.id, d.created_at, d.sent_at, coalesce(n.payload -> 'notice' ->> 'title', n.release_id)
                    from alert a join delivery d on d.id = a.delivery_id join notice n on n.release_id = a.release_id
                    where a.subscriber_id = ? and a.ocid = ? and d.id <> ? and d.state = 'sent'
                    order by d.sent_at, d.id limit 1""")) {
                ps.setLong(1, subscriberId);
                ps.setString(2, ocid);
                ps.setLong(3, deliveryId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    return new EarlierAlert(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3).toInstant().atZone(SUBSCRIBERS_ZONE).toLocalDate(), Text.line(rs.getString(4), 200));
                }
            }
        });
    }
}
