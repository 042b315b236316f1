package org.tenderwatch.notifier.preview;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** The notices this notifier received, read a page at a time in the order they came. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NoticeHistory extends GenericRepository<StoredNotice, String> {

    /** Bounds every later statement of the transaction; {@code millis} as text, as PostgreSQL takes settings. */
    @Query("SELECT set_config('statement_timeout', :millis, true)")
    String statementTimeout(String millis);

    /**
     * A page of the notices of these {@code categories} (with {@code possiblyRelevant} among {@code possibly}), in the
     * order they came. The page is chosen on the index alone; only its rows are read whole.
     */
    @Query("""
            SELECT n.release_id, n.received_at, jsonb_set(n.payload, '{notice,release}', '""')::text AS payload
            FROM notice n JOIN (
                SELECT release_id FROM notice
                WHERE payload->>'category' = ANY(:categories) AND coalesce(payload->>'possiblyRelevant', 'false') = ANY(:possibly)
                  AND received_at < :until AND (received_at, release_id) > (:afterReceived, :afterRelease)
                ORDER BY received_at, release_id LIMIT :limit) page ON page.release_id = n.release_id
            ORDER BY n.received_at, n.release_id""")
    List<StoredNotice> page(Instant afterReceived, String afterRelease, Instant until, String[] categories, String[] possibly,
                            int limit);
}
