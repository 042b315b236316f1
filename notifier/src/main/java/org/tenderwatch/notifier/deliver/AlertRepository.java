package org.tenderwatch.notifier.deliver;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * What a message is built from: a delivery's alerts and their stored notices. Native SQL: the notices are JSON
 * ({@code payload::text}), a listing picks its first releases in a CTE, and the rest is counted against an array.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AlertRepository extends GenericRepository<AlertRow, Long> {

    /** The delivery's alerts about its first {@code releases} releases, in the order they arrived. */
    @Query("""
            WITH shown AS (
                SELECT a.release_id FROM alert a JOIN notice n ON n.release_id = a.release_id WHERE a.delivery_id = :deliveryId
                GROUP BY a.release_id ORDER BY min(n.received_at), a.release_id LIMIT :releases
            )
            SELECT a.id AS alert_id, s.name AS subscription_name, a.kind, n.payload::text AS payload
            FROM alert a JOIN shown ON shown.release_id = a.release_id
            JOIN subscription s ON s.id = a.subscription_id JOIN notice n ON n.release_id = a.release_id
            WHERE a.delivery_id = :deliveryId ORDER BY n.received_at, a.id""")
    List<ListedAlert> listed(long deliveryId, int releases);

    /** The stored release of the same procurement received just before this one, as JSON. */
    @Query("""
            SELECT p.payload::text FROM notice n JOIN notice p ON p.ocid = n.ocid AND p.received_at < n.received_at
            WHERE n.release_id = :releaseId ORDER BY p.received_at DESC LIMIT 1""")
    Optional<String> previousRelease(String releaseId);

    @Query("SELECT EXISTS (SELECT 1 FROM alert WHERE delivery_id = :deliveryId AND cadence = 'weekly')")
    boolean anyWeekly(long deliveryId);

    @Query("SELECT count(DISTINCT release_id) FROM alert WHERE delivery_id = :deliveryId")
    int releases(long deliveryId);

    /** Per subscription, the delivery's releases other than those shown. */
    @Query("""
            SELECT a.subscription_id, count(DISTINCT a.release_id) AS releases FROM alert a
            WHERE a.delivery_id = :deliveryId AND a.release_id <> ALL(:shown)
            GROUP BY a.subscription_id ORDER BY a.subscription_id""")
    List<SubscriptionCount> notShown(long deliveryId, String[] shown);
}
