package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a message listing many notices stands for beyond those it shows: counted in the database, so that a digest or
 * a burst of thousands costs the memory of the notices shown, never of all of them.
 */
@Singleton
class DigestContents {

    private final TransactionOperations<Connection> tx;
    private final Links links;
    private final SubscriptionSearches subscriptions;

    DigestContents(TransactionOperations<Connection> tx, Links links, SubscriptionSearches subscriptions) {
        this.tx = tx;
        this.links = links;
        this.subscriptions = subscriptions;
    }

    /** Whether any of the delivery's alerts is for a weekly subscription. */
    boolean weekly(long deliveryId) {
        return count("select count(*) from alert where delivery_id = ? and cadence = 'weekly'", deliveryId) > 0;
    }

    /**
     * @param shown      the releases the message lists
     * @param from       first day of the search linked for the rest (null: no limit)
     */
    DigestExtent extent(long deliveryId, String heading, List<String> shown, @Nullable LocalDate from, @Nullable LocalDate to) {
        int total = (int) count("select count(distinct release_id) from alert where delivery_id = ?", deliveryId);
        List<DigestExtent.More> more = new ArrayList<>();
        if (total > shown.size()) {
            tx.executeRead(status -> {
                try (PreparedStatement ps = status.getConnection().prepareStatement("""
                        select a.subscription_id, count(distinct a.release_id) from alert a
                        where a.delivery_id = ? and a.release_id <> all(?) group by a.subscription_id order by a.subscription_id""")) {
                    ps.setLong(1, deliveryId);
                    ps.setArray(2, status.getConnection().createArrayOf("text", shown.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            int count = rs.getInt(2);
                            subscriptions.find(rs.getLong(1), from, to).ifPresent(s -> more.add(more(s, count)));
                        }
                    }
                }
                return null;
            });
        }
        return new DigestExtent(heading, total, more);
    }

    private DigestExtent.More more(SubscriptionSearches.NamedSearch search, int count) {
        String name = search.name() == null || search.name().isBlank() ? "your alert" : Text.line(search.name(), 100);
        return new DigestExtent.More(name, count, search.query() == null ? null : links.search(search.query()));
    }

    private long count(String sql, long deliveryId) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                ps.setLong(1, deliveryId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
