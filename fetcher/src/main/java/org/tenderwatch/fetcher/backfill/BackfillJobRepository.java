package org.tenderwatch.fetcher.backfill;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BackfillJobRepository extends CrudRepository<BackfillJob, Long> {

    List<BackfillJob> findByStatusOrderById(String status);

    @Query("SELECT * FROM backfill_job ORDER BY id DESC LIMIT 100")
    List<BackfillJob> findRecent();

    long countByStatus(String status);

    /** Progress of a pending job; a job cancelled meanwhile stays cancelled. */
    @Query("""
            UPDATE backfill_job SET done_until = :doneUntil, status = :status, failed_attempts = :failedAttempts,
                last_error = :lastError, updated_at = now() WHERE id = :id AND status = 'pending'""")
    void progress(Long id, Instant doneUntil, String status, int failedAttempts, @Nullable String lastError);

    @Query("UPDATE backfill_job SET status = 'cancelled', updated_at = now() WHERE id = :id AND status = 'pending'")
    long cancel(long id);
}
