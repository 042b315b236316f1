package org.tenderwatch.notifier.subscriptions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/**
 * The subscriber table as subscriptions change it. Native SQL: the upsert on (channel, recipient key), the row lock,
 * and the updates that reach across a subscriber's subscriptions.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SubscriberRepository extends GenericRepository<SubscriberRow, Long> {

    /** Creates the subscriber if new; an existing one is locked by the no-op update, as a new one is by its insert. */
    @Query("""
            INSERT INTO subscriber (channel, recipient, recipient_key) VALUES (:channel, :recipient, :recipientKey)
            ON CONFLICT (channel, recipient_key) DO UPDATE SET channel = excluded.channel""")
    long upsert(String channel, String recipient, String recipientKey);

    @Query("SELECT id FROM subscriber WHERE channel = :channel AND recipient_key = :recipientKey")
    Optional<Long> idOf(String channel, String recipientKey);

    /** Whether the subscriber unsubscribed, its row locked until the transaction ends. */
    @Query("SELECT unsubscribed_at IS NOT NULL FROM subscriber WHERE id = :id FOR UPDATE")
    Optional<Boolean> lockUnsubscribed(long id);

    /** Confirms the subscription unless an unsubscribe closed it; 1 when it did. */
    @Query("UPDATE subscription SET confirmed = true, updated_at = now() WHERE id = :subscriptionId AND closed_at IS NULL")
    long confirmSubscription(long subscriptionId);

    @Query("""
            UPDATE subscriber SET confirmed_at = coalesce(confirmed_at, now()), unsubscribed_at = NULL
            WHERE id = (SELECT subscriber_id FROM subscription WHERE id = :subscriptionId)""")
    long confirmSubscriberOf(long subscriptionId);

    /** The monthly message goes too: someone who subscribes again starts with it off, as anyone new. */
    @Query("UPDATE subscriber SET unsubscribed_at = coalesce(unsubscribed_at, now()), monthly_summary = false WHERE id = :id")
    long unsubscribe(long id);

    @Query("UPDATE subscriber SET monthly_summary = :wanted WHERE id = :id")
    long wantMonthly(long id, boolean wanted);

    @Query("UPDATE subscriber SET monthly_summary = true WHERE id = :id AND confirmed_at IS NULL")
    long wantMonthlyBeforeConfirming(long id);

    @Query("SELECT monthly_summary FROM subscriber WHERE id = :id")
    Optional<Boolean> wantsMonthly(long id);

    @Query("""
            UPDATE subscription SET confirmed = false, closed_at = coalesce(closed_at, now()), updated_at = now()
            WHERE subscriber_id = :subscriberId""")
    long closeSubscriptionsOf(long subscriberId);
}
