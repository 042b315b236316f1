package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The subscription table, read with its subscriber. Native SQL: the reads join the subscriber and the suppression
 * list, and the filter's lists are PostgreSQL arrays.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SubscriptionRepository extends GenericRepository<NewSubscription, Long> {

    String SELECT = """
            SELECT s.id, s.subscriber_id, r.channel, r.recipient, s.name, s.categories, s.specialties, s.signals,
                   s.buyers, s.regions, s.keywords, s.stages, s.min_value, s.min_confidence, s.cadence, s.digest_hour,
                   s.confirmed, s.created_at
            FROM subscription s JOIN subscriber r ON r.id = s.subscriber_id
            """;
    /** What the matching index holds: confirmed, not unsubscribed, recipient not suppressed. */
    String ACTIVE = """
             WHERE s.confirmed AND r.unsubscribed_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM suppressed_recipient x WHERE x.channel = r.channel AND x.recipient_key = r.recipient_key)
            """;

    NewSubscription save(NewSubscription subscription);

    @Query("""
            UPDATE subscription SET name = :name, categories = :categories, specialties = :specialties,
                signals = :signals, buyers = :buyers, regions = :regions, keywords = :keywords, stages = :stages,
                min_value = :minValue, min_confidence = :minConfidence, cadence = :cadence, digest_hour = :digestHour,
                updated_at = now()
            WHERE id = :id""")
    long update(long id, String name, String[] categories, String[] specialties, String[] signals, String[] buyers,
                String[] regions, String[] keywords, String[] stages, @Nullable BigDecimal minValue,
                @Nullable Double minConfidence, String cadence, int digestHour);

    @Query("DELETE FROM subscription WHERE id = :id")
    long delete(long id);

    @Query(SELECT + " WHERE s.id = :id")
    Optional<SubscriptionRow> find(long id);

    @Query(SELECT + " ORDER BY s.id")
    List<SubscriptionRow> list();

    @Query(SELECT + " WHERE s.subscriber_id = :subscriberId ORDER BY s.id")
    List<SubscriptionRow> ofSubscriber(long subscriberId);

    @Query(SELECT + ACTIVE + " ORDER BY s.id")
    List<SubscriptionRow> active();

    /** Changes whenever the active set does. */
    @Query("SELECT count(*) || ':' || coalesce(sum(s.id), 0) || ':' || coalesce(max(s.updated_at)::text, '')"
            + " FROM subscription s JOIN subscriber r ON r.id = s.subscriber_id" + ACTIVE)
    String activeVersion();
}
