package org.tenderwatch.notifier.feedback;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The feedback table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FeedbackRepository extends GenericRepository<FeedbackRow, Long> {

    /**
     * Records the answer about one alert with what the alert was about, taken from the stored notice; a second answer
     * replaces the first. 0 when the alert no longer exists.
     */
    @Query("""
            INSERT INTO feedback (alert_id, subscriber_id, release_id, ocid, source, rules_version, given_category,
                                  answer, chosen_category)
            SELECT a.id, a.subscriber_id, a.release_id, a.ocid, coalesce(n.payload->'notice'->>'source', ''),
                   coalesce(n.payload->>'rulesVersion', ''), coalesce(n.payload->>'category', ''), :answer, :chosenCategory
            FROM alert a JOIN notice n ON n.release_id = a.release_id WHERE a.id = :alertId
            ON CONFLICT (alert_id) DO UPDATE SET answer = excluded.answer, chosen_category = excluded.chosen_category,
                                                 answered_at = now()""")
    long record(long alertId, String answer, String chosenCategory);

    /** The category the classifier gave the alert's notice, when the alert still exists. */
    @Query("""
            SELECT n.payload->>'category' FROM alert a JOIN notice n ON n.release_id = a.release_id WHERE a.id = :alertId""")
    List<String> givenCategory(long alertId);

    /** Newest first, a page at a time: answers with an id below {@code before}. */
    @Query("SELECT * FROM feedback WHERE id < :before ORDER BY id DESC LIMIT :limit")
    List<FeedbackRow> page(long before, int limit);

    /** A page of the export: one row per (release, chosen category), in release order after {@code afterRelease}. */
    @Query("""
            SELECT release_id, ocid, source, chosen_category, count(*) AS answers,
                   string_agg(DISTINCT given_category, ';' ORDER BY given_category) AS given_categories,
                   string_agg(DISTINCT rules_version, ';' ORDER BY rules_version) AS rules_versions
            FROM feedback WHERE (release_id, chosen_category) > (:afterRelease, :afterCategory)
            GROUP BY release_id, ocid, source, chosen_category ORDER BY release_id, chosen_category LIMIT :limit""")
    List<LabelRow> labels(String afterRelease, String afterCategory, int limit);
}
