package org.tenderwatch.fetcher.poll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CheckpointRepository extends GenericRepository<Checkpoint, String> {

    Optional<Checkpoint> findBySource(String source);

    @Query("""
            INSERT INTO checkpoint (source, window_end, failed_attempts, last_error, updated_at)
            VALUES (:source, :windowEnd, :failedAttempts, :lastError, now())
            ON CONFLICT (source) DO UPDATE SET window_end = EXCLUDED.window_end,
                failed_attempts = EXCLUDED.failed_attempts, last_error = EXCLUDED.last_error, updated_at = now()""")
    void save(String source, Instant windowEnd, int failedAttempts, @Nullable String lastError);
}
