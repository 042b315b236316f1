package org.tenderwatch.notifier.subscriptions;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Subscriptions in PostgreSQL. Subscribers are created on demand and shared by their subscriptions. */
@Singleton
public class SubscriptionStore {

    private static final String SELECT = """
            select s.id, s.subscriber_id, r.channel, r.recipient, s.name, s.categories, s.specialties, s.signals, s.buyers,
                   s.regions, s.keywords, s.stages, s.min_value, s.min_confidence, s.cadence, s.digest_hour,
                   s.confirmed, s.created_at
            from subscription s join subscriber r on r.id = s.subscriber_id
            """;
    /** What the matching index holds: confirmed, not unsubscribed, recipient not suppressed. */
    private static final String ACTIVE = """
             where s.confirmed and r.unsubscribed_at is null
               and not exists (select 1 from suppressed_recipient x where x.channel = r.channel and x.recipient_key = r.recipient_key)
            """;

    private final TransactionOperations<Connection> tx;

    SubscriptionStore(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    public Subscription create(long subscriberId, String name, SubscriptionFilter filter, Cadence cadence,
                               int digestHour, boolean confirmed) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into subscription (subscriber_id, name, categories, specialties, signals, buyers, regions,
                        keywords, stages, min_value, min_confidence, cadence, digest_hour, confirmed)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
                ps.setLong(1, subscriberId);
                SubscriptionRows.bind(c, ps, 2, name, filter, cadence, digestHour);
                ps.setBoolean(14, confirmed);
                long id = single(ps);
                return find(c, id).orElseThrow();
            }
        });
    }

    public Optional<Subscription> update(long id, String name, SubscriptionFilter filter, Cadence cadence, int digestHour) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    update subscription set name = ?, categories = ?, specialties = ?, signals = ?, buyers = ?,
                        regions = ?, keywords = ?, stages = ?, min_value = ?, min_confidence = ?, cadence = ?,
                        digest_hour = ?, updated_at = now()
                    where id = ?""")) {
                SubscriptionRows.bind(c, ps, 1, name, filter, cadence, digestHour);
                ps.setLong(13, id);
                return ps.executeUpdate() == 0 ? Optional.<Subscription>empty() : find(c, id);
            }
        });
    }

    public boolean delete(long id) {
        return tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("delete from subscription where id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    public Optional<Subscription> find(long id) {
        return tx.executeRead(status -> find(status.getConnection(), id));
    }

    public List<Subscription> list() {
        return query(SELECT + " order by s.id");
    }

    public List<Subscription> ofSubscriber(long subscriberId) {
        return query(SELECT + " where s.subscriber_id = ? order by s.id", subscriberId);
    }

    public List<Subscription> active() {
        return query(SELECT + ACTIVE + " order by s.id");
    }

    /** Changes whenever the active set does: cheap enough to poll, so that every instance notices others' changes. */
    public String activeVersion() {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select count(*), coalesce(sum(s.id), 0), max(s.updated_at) from subscription s"
                            + " join subscriber r on r.id = s.subscriber_id" + ACTIVE);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getTimestamp(3);
            }
        });
    }

    private List<Subscription> query(String sql, Object... args) {
        return tx.executeRead(status -> {
            List<Subscription> found = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(SubscriptionRows.read(rs));
                    }
                }
            }
            return found;
        });
    }

    private Optional<Subscription> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " where s.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(SubscriptionRows.read(rs)) : Optional.empty();
            }
        }
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
