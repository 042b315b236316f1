package org.tenderwatch.notifier.mute;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The mute table, and what matching asks of it and of snooze. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MuteRepository extends GenericRepository<MuteRow, Long> {

    /** 1 when added; 0 when already muted or when the subscriber has {@code max} mutes already. */
    @Query("""
            INSERT INTO mute (subscriber_id, kind, key, label)
            SELECT :subscriberId, :kind, :key, :label
            WHERE (SELECT count(*) FROM mute WHERE subscriber_id = :subscriberId) < :max
            ON CONFLICT (subscriber_id, kind, key) DO NOTHING""")
    long add(long subscriberId, String kind, String key, String label, int max);

    @Query("SELECT * FROM mute WHERE subscriber_id = :subscriberId ORDER BY kind, label")
    List<MuteRow> ofSubscriber(long subscriberId);

    @Query("DELETE FROM mute WHERE id = :id AND subscriber_id = :subscriberId")
    long remove(long id, long subscriberId);

    /** Subscribers who muted the notice's procurement, buyer or one of its suppliers, or who are snoozed now. */
    @Query("""
            SELECT DISTINCT subscriber_id, 'muted' AS reason FROM mute
            WHERE (kind = 'procurement' AND key = :ocid) OR (kind = 'buyer' AND key = :buyer)
               OR (kind = 'supplier' AND key = ANY(:suppliers))
            UNION ALL
            SELECT subscriber_id, 'snoozed' AS reason FROM snooze WHERE until_at > now()""")
    List<SilencedRow> silenced(String ocid, String buyer, String[] suppliers);

    @Query("""
            SELECT a.subscriber_id, n.payload::text AS payload
            FROM alert a JOIN notice n ON n.release_id = a.release_id WHERE a.id = :alertId""")
    Optional<AlertSubject> subjectOfAlert(long alertId);
}
