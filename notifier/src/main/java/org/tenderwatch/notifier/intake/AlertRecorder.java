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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Records, in one transaction, notices and one alert per (subscription, release): the direct matches, and an
 * update for every subscription already alerted about the same OCID (earlier in the same poll included). Unique keys
 * make a redelivered or re-classified notice a no-op. Instant alerts get their outbox row here too, in the same
 * transaction, joining the message of the same procurement that waits out its gather window; daily and weekly ones
 * wait for the digest. A poll costs the same few statements whatever its size: the notices, the earlier alerts of
 * their procurements, the alerts, and the outbox's, each one multi-row statement ({@code unnest} of arrays).
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

    /**
     * A notice to record: its storable JSON, its direct matches, and {@code silenced}: subscribers who muted it or
     * are snoozed get no follow-up about it either.
     */
    record Recording(NoticeClassified notice, String json, List<Match> matches, Predicate<Match> silenced) {
    }

    /** A subscription alerted about a procurement, and about which of its releases (at most two are needed). */
    private record Alerted(Match match, Set<String> releases) {
    }

    private record Proposed(int notice, Match match, String kind) {
    }

    Recorded record(NoticeClassified notice, String json, List<Match> matches) {
        return record(notice, json, matches, match -> false);
    }

    Recorded record(NoticeClassified notice, String json, List<Match> matches, Predicate<Match> silenced) {
        return recordAll(List.of(new Recording(notice, json, matches, silenced))).get(0);
    }

    /** Records the notices in the order given, as many single recordings would have, in one transaction. */
    List<Recorded> recordAll(List<Recording> notices) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            saveNotices(c, notices);
            Map<String, Map<Long, Alerted>> alerted = alertedAbout(c, notices);
            List<Proposed> proposed = new ArrayList<>();
            for (int i = 0; i < notices.size(); i++) {
                Recording recording = notices.get(i);
                NoticeClassified notice = recording.notice();
                Map<Long, Match> byId = new LinkedHashMap<>();
                recording.matches().forEach(m -> byId.put(m.subscriptionId(), m));
                Map<Long, Alerted> ofProcurement = alerted.computeIfAbsent(notice.ocid(), k -> new LinkedHashMap<>());
                List<Match> followUps = ofProcurement.values().stream()
                        .filter(a -> a.releases().stream().anyMatch(r -> !r.equals(notice.releaseId())))
                        .map(Alerted::match)
                        .filter(f -> !byId.containsKey(f.subscriptionId()))
                        .filter(f -> !recording.silenced().test(f)).toList();
                for (Match match : byId.values()) {
                    proposed.add(new Proposed(i, match, "match"));
                }
                for (Match match : followUps) {
                    proposed.add(new Proposed(i, match, "update"));
                }
                // What the later releases of this procurement in the same poll follow up on.
                for (Proposed p : proposed.subList(proposed.size() - byId.size() - followUps.size(), proposed.size())) {
                    ofProcurement.computeIfAbsent(p.match().subscriptionId(), k -> new Alerted(p.match(), new HashSet<>()))
                            .releases().add(notice.releaseId());
                }
            }
            Map<List<Object>, Long> inserted = insertAlerts(c, notices, proposed);
            int[] matched = new int[notices.size()];
            int[] updates = new int[notices.size()];
            // Instant alerts per notice and subscriber, in the order of the notices: one message each.
            Map<List<Object>, Outbox.InstantAlerts> instant = new LinkedHashMap<>();
            for (Proposed p : proposed) {
                NoticeClassified notice = notices.get(p.notice()).notice();
                // The same release twice in a poll: its alerts are the first one's.
                Long id = inserted.remove(List.of(p.match().subscriptionId(), notice.releaseId()));
                if (id == null) {
                    continue;
                }
                if (p.kind().equals("match")) {
                    matched[p.notice()]++;
                } else {
                    updates[p.notice()]++;
                }
                if (p.match().cadence() == Cadence.INSTANT) {
                    instant.computeIfAbsent(List.of(p.notice(), p.match().subscriberId()), k -> new Outbox.InstantAlerts(
                            p.match().subscriberId(), notice.releaseId(), notice.ocid(), new ArrayList<>())).alertIds().add(id);
                }
            }
            outbox.queueInstants(new ArrayList<>(instant.values()), threads.gatherWindow());
            List<Recorded> recorded = new ArrayList<>(notices.size());
            for (int i = 0; i < notices.size(); i++) {
                recorded.add(new Recorded(matched[i], updates[i]));
            }
            return recorded;
        });
    }

    /** One row per release: a release twice in the poll keeps its last payload, as recording them in turn would. */
    private static void saveNotices(Connection c, List<Recording> notices) throws SQLException {
        Map<String, Recording> byRelease = new LinkedHashMap<>();
        notices.forEach(n -> byRelease.put(n.notice().releaseId(), n));
        try (PreparedStatement ps = c.prepareStatement("""
                insert into notice (release_id, ocid, payload)
                select t.release_id, t.ocid, t.payload::jsonb
                from unnest(?::text[], ?::text[], ?::text[]) with ordinality as t(release_id, ocid, payload, n) order by t.n
                on conflict (release_id) do update set payload = excluded.payload""")) {
            ps.setArray(1, c.createArrayOf("text", byRelease.keySet().toArray()));
            ps.setArray(2, c.createArrayOf("text", byRelease.values().stream().map(n -> n.notice().ocid()).toArray()));
            ps.setArray(3, c.createArrayOf("text", byRelease.values().stream().map(Recording::json).toArray()));
            ps.executeUpdate();
        }
    }

    /**
     * Subscriptions alerted about an earlier release of these procurements: they hear about what happened next.
     * The least and the greatest release each was alerted about are enough to tell whether one differs from a new one.
     */
    private static Map<String, Map<Long, Alerted>> alertedAbout(Connection c, List<Recording> notices) throws SQLException {
        Map<String, Map<Long, Alerted>> alerted = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select a.ocid, a.subscription_id, a.subscriber_id, s.cadence, min(a.release_id), max(a.release_id)
                from alert a join subscription s on s.id = a.subscription_id
                where a.ocid = any(?) and s.confirmed
                group by a.ocid, a.subscription_id, a.subscriber_id, s.cadence""")) {
            ps.setArray(1, c.createArrayOf("text", notices.stream().map(n -> n.notice().ocid()).distinct().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Match match = new Match(rs.getLong(2), rs.getLong(3), Cadence.fromLabel(rs.getString(4)));
                    alerted.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .put(match.subscriptionId(), new Alerted(match, new HashSet<>(List.of(rs.getString(5), rs.getString(6)))));
                }
            }
        }
        return alerted;
    }

    /** Inserts the proposed alerts in one statement; answers the new ones' ids by (subscription, release). */
    private static Map<List<Object>, Long> insertAlerts(Connection c, List<Recording> notices, List<Proposed> proposed) throws SQLException {
        Map<List<Object>, Long> inserted = new HashMap<>();
        if (proposed.isEmpty()) {
            return inserted;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into alert (subscription_id, subscriber_id, release_id, ocid, kind, cadence)
                select t.subscription_id, t.subscriber_id, t.release_id, t.ocid, t.kind, t.cadence
                from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
                    with ordinality as t(subscription_id, subscriber_id, release_id, ocid, kind, cadence, n) order by t.n
                on conflict (subscription_id, release_id) do nothing returning id, subscription_id, release_id""")) {
            ps.setArray(1, c.createArrayOf("bigint", proposed.stream().map(p -> p.match().subscriptionId()).toArray()));
            ps.setArray(2, c.createArrayOf("bigint", proposed.stream().map(p -> p.match().subscriberId()).toArray()));
            ps.setArray(3, c.createArrayOf("text", proposed.stream().map(p -> notices.get(p.notice()).notice().releaseId()).toArray()));
            ps.setArray(4, c.createArrayOf("text", proposed.stream().map(p -> notices.get(p.notice()).notice().ocid()).toArray()));
            ps.setArray(5, c.createArrayOf("text", proposed.stream().map(Proposed::kind).toArray()));
            ps.setArray(6, c.createArrayOf("text", proposed.stream().map(p -> p.match().cadence().label()).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.put(List.of(rs.getLong(2), rs.getString(3)), rs.getLong(1));
                }
            }
        }
        return inserted;
    }
}
