package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The monthly message's figures, from the notices and alerts the notifier stored. Native SQL: a loose index scan for
 * the sources, and each count or latest notice an index range on {@code notice_source_received} or
 * {@code alert_subscriber_created}, so the cost follows one month's rows, never the table.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MonthlyRepository extends GenericRepository<AlertRow, Long> {

    /** Notices from one source, or matched for one subscriber from one source. */
    @Introspected
    record SourceCount(String source, long notices) {
    }

    /** @param releaseDate as the stored event carries it (ISO-8601), or null */
    @Introspected
    record LatestNotice(String title, @Nullable String releaseDate, Instant receivedAt, String ocid) {
    }

    @Query("SELECT count(*) FROM subscription WHERE subscriber_id = :subscriberId AND confirmed AND closed_at IS NULL")
    int activeAlerts(long subscriberId);

    /** Every source a notice ever came from, one index probe each: a handful, however many notices. */
    @Query("""
            WITH RECURSIVE s (source) AS (
                SELECT min(source) FROM notice
                UNION ALL
                SELECT (SELECT min(n.source) FROM notice n WHERE n.source > s.source) FROM s WHERE s.source IS NOT NULL
            )
            SELECT source FROM s WHERE source IS NOT NULL""")
    List<String> sources();

    @Query("SELECT count(*) FROM notice WHERE source = :source AND received_at >= :from AND received_at < :to")
    long read(String source, Instant from, Instant to);

    @Query("""
            SELECT n.source, count(DISTINCT a.release_id) AS notices FROM alert a JOIN notice n ON n.release_id = a.release_id
            WHERE a.subscriber_id = :subscriberId AND a.created_at >= :from AND a.created_at < :to GROUP BY n.source""")
    List<SourceCount> matched(long subscriberId, Instant from, Instant to);

    @Query("""
            SELECT coalesce(payload -> 'notice' ->> 'title', release_id) AS title, payload -> 'notice' ->> 'releaseDate' AS release_date,
                   received_at, ocid
            FROM notice WHERE source = :source ORDER BY received_at DESC LIMIT 1""")
    Optional<LatestNotice> latest(String source);
}
