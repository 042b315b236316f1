package org.tenderwatch.notifier.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Every statement on the delivery table. Native SQL throughout: the partial unique indexes (one instant message per
 * subscriber and release, one digest per subscriber and day) and {@code FOR UPDATE … SKIP LOCKED} are PostgreSQL's.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DeliveryRepository extends GenericRepository<DeliveryRow, Long> {

    @Query("""
            INSERT INTO delivery (subscriber_id, kind, release_id) VALUES (:subscriberId, 'instant', :releaseId)
            ON CONFLICT (subscriber_id, release_id) WHERE kind = 'instant' DO NOTHING""")
    void insertInstant(long subscriberId, String releaseId);

    @Query("SELECT id FROM delivery WHERE subscriber_id = :subscriberId AND release_id = :releaseId AND kind = 'instant'")
    long instantId(long subscriberId, String releaseId);

    @Query("UPDATE alert SET delivery_id = :deliveryId WHERE id IN (:alertIds)")
    void attachAlerts(long deliveryId, Collection<Long> alertIds);

    /** One digest for the day to each subscriber whose earliest digest hour has come; the number created. */
    @Query("""
            INSERT INTO delivery (subscriber_id, kind, period)
            SELECT a.subscriber_id, 'digest', :day FROM alert a JOIN subscription s ON s.id = a.subscription_id
            WHERE a.cadence = 'daily' AND a.delivery_id IS NULL
            GROUP BY a.subscriber_id HAVING min(s.digest_hour) <= :localHour
            ON CONFLICT (subscriber_id, period) WHERE kind = 'digest' DO NOTHING""")
    long insertDueDigests(int localHour, LocalDate day);

    /**
     * The waiting daily alerts join the digests this transaction created: their {@code created_at} is the
     * transaction's {@code now()}, which no digest queued before, and possibly sent already, can have.
     */
    @Query("""
            UPDATE alert a SET delivery_id = d.id FROM delivery d
            WHERE d.kind = 'digest' AND d.period = :day AND d.created_at = now()
              AND a.subscriber_id = d.subscriber_id AND a.cadence = 'daily' AND a.delivery_id IS NULL""")
    void attachDailyAlerts(LocalDate day);

    @Query("""
            INSERT INTO delivery (subscriber_id, kind, subscription_id)
            VALUES (:subscriberId, 'confirmation', :subscriptionId)""")
    void insertConfirmation(long subscriberId, long subscriptionId);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM delivery d JOIN subscription s ON s.id = d.subscription_id
                           WHERE d.subscriber_id = :subscriberId AND d.kind = 'confirmation' AND d.state IN ('pending', 'sent')
                             AND NOT s.confirmed AND s.closed_at IS NULL
                             AND d.created_at > now() - :linkTtlMillis * interval '1 millisecond')""")
    boolean confirmationPending(long subscriberId, long linkTtlMillis);

    @Query("""
            UPDATE delivery SET state = 'cancelled', last_error = :reason
            WHERE subscriber_id = :subscriberId AND state = 'pending'""")
    void cancelPending(long subscriberId, String reason);

    @Query("""
            SELECT d.id, d.subscriber_id, d.kind, d.release_id, d.period, d.subscription_id, d.attempts, d.created_at,
                   r.channel
            FROM delivery d JOIN subscriber r ON r.id = d.subscriber_id
            WHERE d.state = 'pending' AND d.next_attempt_at <= now() AND r.next_send_at <= now()
            ORDER BY d.next_attempt_at
            LIMIT 1
            FOR UPDATE OF d, r SKIP LOCKED""")
    Optional<DueDelivery> lockNextDue();

    @Query("""
            UPDATE delivery SET attempts = attempts + 1, next_attempt_at = now() + :leaseMillis * interval '1 millisecond'
            WHERE id = :id""")
    void lease(long id, long leaseMillis);

    @Query("UPDATE subscriber SET next_send_at = now() + :intervalMillis * interval '1 millisecond' WHERE id = :subscriberId")
    void paceSubscriber(long subscriberId, long intervalMillis);

    @Query("UPDATE subscriber SET next_send_at = greatest(next_send_at, :until) WHERE id = :subscriberId")
    void holdSubscriber(long subscriberId, Instant until);

    @Query("UPDATE delivery SET state = 'sent', sent_at = now(), last_error = NULL WHERE id = :id")
    void sent(long id);

    @Query("UPDATE delivery SET state = :state, last_error = :reason WHERE id = :id")
    void finish(long id, String state, @Nullable String reason);

    @Query("UPDATE delivery SET next_attempt_at = :at, last_error = :reason WHERE id = :id")
    void retryAt(long id, Instant at, @Nullable String reason);

    @Query("SELECT count(*) FROM delivery WHERE state = 'pending'")
    long pending();
}
