package org.tenderwatch.fetcher.deadletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The dead_letter table: every distinct bad payload of a source, kept whole. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DeadLetterRepository extends GenericRepository<DeadLetterRow, Long> {

    /** 1 when the payload is new for the source, 0 when it was dead-lettered before. */
    @Query("""
            INSERT INTO dead_letter (source, reason, url, ocid, release_id, error, payload, payload_sha256)
            VALUES (:source, :reason, :url, :ocid, :releaseId, :error, :payload, :payloadSha256)
            ON CONFLICT (source, payload_sha256) DO NOTHING""")
    long insertIfNew(String source, String reason, @Nullable String url, @Nullable String ocid,
                     @Nullable String releaseId, String error, String payload, String payloadSha256);

    @Query("SELECT count(*) FROM dead_letter WHERE source = :source AND reason = :reason")
    long countBySourceAndReason(String source, String reason);
}
