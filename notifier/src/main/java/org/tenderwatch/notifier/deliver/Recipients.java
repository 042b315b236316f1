package org.tenderwatch.notifier.deliver;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * The delivery side of subscribers: who a delivery goes to, whether anything may go there, and suppression after
 * hard failures. Suppression is by (channel, recipient key), the same for every channel, and is kept even when the
 * subscriber is deleted: subscribing the same address again does not lift it.
 */
@Singleton
public class Recipients {

    private final TransactionOperations<Connection> tx;

    Recipients(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    public Optional<Addressee> find(long subscriberId) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select r.id, r.channel, r.recipient, r.recipient_key,
                           case when r.unsubscribed_at is not null then 'unsubscribed'
                                when x.reason is not null then 'suppressed: ' || x.reason end as blocked
                    from subscriber r
                    left join suppressed_recipient x on x.channel = r.channel and x.recipient_key = r.recipient_key
                    where r.id = ?""")) {
                ps.setLong(1, subscriberId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Addressee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                            : Optional.<Addressee>empty();
                }
            }
        });
    }

    /** Whether repeated hard failures suppressed this recipient: nothing is sent to it again. */
    public boolean suppressed(String channel, String recipientKey) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select exists (select 1 from suppressed_recipient where channel = ? and recipient_key = ?)")) {
                ps.setString(1, channel);
                ps.setString(2, recipientKey);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    /** Counts a hard failure; at {@code threshold} the recipient is suppressed for good. Returns true when it was. */
    boolean recordHardFailure(Addressee addressee, String reason, int threshold) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement(
                    "update subscriber set hard_failures = hard_failures + 1 where id = ? returning hard_failures")) {
                ps.setLong(1, addressee.subscriberId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) < threshold) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into suppressed_recipient (channel, recipient_key, reason) values (?, ?, ?) on conflict do nothing")) {
                ps.setString(1, addressee.channel());
                ps.setString(2, addressee.recipientKey());
                ps.setString(3, reason);
                ps.executeUpdate();
            }
            return true;
        });
    }
}
