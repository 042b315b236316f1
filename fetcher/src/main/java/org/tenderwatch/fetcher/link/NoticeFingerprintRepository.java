package org.tenderwatch.fetcher.link;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;

/** The notice_fingerprint table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NoticeFingerprintRepository extends GenericRepository<NoticeFingerprint, String> {

    /** Notices of other sources and other procurements with this buyer, title and lifecycle event, published within the dates. */
    @Query("""
            SELECT * FROM notice_fingerprint
            WHERE buyer_key = :buyerKey AND title_key = :titleKey AND published_on BETWEEN :from AND :to
              AND source <> :source AND ocid <> :ocid AND (lifecycle = '' OR :lifecycle = '' OR lifecycle = :lifecycle)
            ORDER BY published_on, source, release_id LIMIT 10""")
    List<NoticeFingerprint> findLike(String buyerKey, String titleKey, LocalDate from, LocalDate to, String source,
                                     String ocid, String lifecycle);

    @Query("""
            INSERT INTO notice_fingerprint (source, release_id, ocid, notice_url, buyer_key, title_key, lifecycle, published_on)
            VALUES (:source, :releaseId, :ocid, :noticeUrl, :buyerKey, :titleKey, :lifecycle, :publishedOn)
            ON CONFLICT (source, release_id) DO NOTHING""")
    void remember(String source, String releaseId, String ocid, String noticeUrl, String buyerKey, String titleKey,
                  String lifecycle, LocalDate publishedOn);
}
