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

    @Query("""
            SELECT release_id, received_at, jsonb_set(payload, '{notice,release}', '""')::text AS payload
            FROM notice WHERE (received_at, release_id) > (:afterReceived, :afterRelease) AND received_at < :until
            ORDER BY received_at, release_id LIMIT :limit""")
    List<StoredNotice> page(Instant afterReceived, String afterRelease, Instant until, int limit);
}
