package org.tenderwatch.notifier.intake;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.matching.Match;
import org.tenderwatch.notifier.outbox.Outbox;
import org.tenderwatch.notifier.subscriptions.Cadence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Records, in one transaction, a notice and one alert per (subscription, release): the direct matches, and an
 * update for every subscription already alerted about the same OCID. Unique keys make a redelivered or
 * re-classified notice a no-op. Instant alerts get their outbox row here too, in the same transaction, joining the
 * message of the same procurement that waits out its gather window; daily and weekly ones wait for the digest.
 */
@Singleton
class AlertRecorder {

    private final TransactionOperations<Connection> tx;
    private final Outbox outbox;
    private final ThreadSettings threads;

    AlertRecorder(TransactionOperations<Connection> tx, Outbox outbox, ThreadSettings threads) {
        this.tx = tx;
        this.outbox = outbox;
        this.threads = threads;
    }

    record Recorded(int matches, int updates) {
    }

    Recorded record(NoticeClassified notice, String json, List<Match> matches) {
        return record(notice, json, matches, match -> false);
    }

    /** {@code silenced}: subscribers who muted this notice or are snoozed get no follow-up about it either. */
    Recorded record(NoticeClassified notice, String json, List<Match> matches, Predicate<Match> silenced) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            saveNotice(c, notice, json);
            Map<Long, Match> byId = new LinkedHashMap<>();
            matches.forEach(m -> byId.put(m.subscriptionId(), m));
            List<Match> followUps = followUps(c, notice).stream().filter(f -> !byId.containsKey(f.subscriptionId()))
                    .filter(f -> !silenced.test(f)).toList();
            Map<Long, List<Long>> instantBySubscriber = new LinkedHashMap<>();
            int matched = insertAlerts(c, notice, byId.values(), "match", instantBySubscriber);
            int updates = insertAlerts(c, notice, followUps, "update", instantBySubscriber);
            instantBySubscriber.forEach((subscriber, alertIds) ->
                    outbox.queueInstant(subscriber, notice.releaseId(), notice.ocid(), alertIds, threads.gatherWindow()));
            return new Recorded(matched, updates);
        });
    }

    private static void saveNotice(Connection c, NoticeClassified notice, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into notice (release_id, ocid, payload) values (?, ?, ?::jsonb)
                on conflict (release_id) do update set payload = excluded.payload""")) {
            ps.setString(1, notice.releaseId());
            ps.setString(2, notice.ocid());
            ps.setString(3, json);
            ps.executeUpdate();
        }
    }

    /** Subscriptions alerted about an earlier release of this procurement: they hear about what happened next. */
    private static List<Match> followUps(Connection c, NoticeClassified notice) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select distinct a.subscription_id, a.subscriber_id, s.cadence
                from alert a join subscription s on s.id = a.subscription_id
                where a.ocid = ? and a.release_id <> ? and s.confirmed""")) {
            ps.setString(1, notice.ocid());
            ps.setString(2, notice.releaseId());
            List<Match> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Match(rs.getLong(1), rs.getLong(2), Cadence.fromLabel(rs.getString(3))));
                }
            }
            return found;
        }
    }

    private static int insertAlerts(Connection c, NoticeClassified notice, Iterable<Match> matches, String kind,
                                    Map<Long, List<Long>> instantBySubscriber) throws SQLException {
        int inserted = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                insert into alert (subscription_id, subscriber_id, release_id, ocid, kind, cadence)
                values (?, ?, ?, ?, ?, ?) on conflict (subscription_id, release_id) do nothing returning id""")) {
            for (Match match : matches) {
                ps.setLong(1, match.subscriptionId());
                ps.setLong(2, match.subscriberId());
                ps.setString(3, notice.releaseId());
                ps.setString(4, notice.ocid());
                ps.setString(5, kind);
                ps.setString(6, match.cadence().label());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        inserted++;
                        if (match.cadence() == Cadence.INSTANT) {
                            instantBySubscriber.computeIfAbsent(match.subscriberId(), k -> new ArrayList<>()).add(rs.getLong(1));
                        }
                    }
                }
            }
        }
        return inserted;
    }
}
