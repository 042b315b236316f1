package org.tenderwatch.fetcher.publish;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** The published_release table: (source, release id) of every release the broker acknowledged. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PublishedReleaseRepository extends GenericRepository<PublishedRelease, String> {

    @Query("SELECT release_id FROM published_release WHERE source = :source AND release_id IN (:releaseIds)")
    List<String> findPublished(String source, Collection<String> releaseIds);

    @Query("""
            INSERT INTO published_release (source, release_id, ocid) VALUES (:source, :releaseId, :ocid)
            ON CONFLICT (source, release_id) DO NOTHING""")
    void markPublished(String source, String releaseId, String ocid);

    @Query("SELECT count(*) FROM published_release WHERE source = :source")
    long countBySource(String source);
}
