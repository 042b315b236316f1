package org.tenderwatch.notifier.mute;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The snooze table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SnoozeRepository extends GenericRepository<SnoozeRow, Long> {

    @Query("""
            INSERT INTO snooze (subscriber_id, until_at) VALUES (:subscriberId, :until)
            ON CONFLICT (subscriber_id) DO UPDATE SET until_at = excluded.until_at, created_at = now()""")
    long snooze(long subscriberId, Instant until);

    @Query("DELETE FROM snooze WHERE subscriber_id = :subscriberId")
    long wake(long subscriberId);

    @Query("SELECT * FROM snooze WHERE subscriber_id = :subscriberId AND until_at > now()")
    Optional<SnoozeRow> current(long subscriberId);
}
