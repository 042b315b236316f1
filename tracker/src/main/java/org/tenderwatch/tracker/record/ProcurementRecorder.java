package org.tenderwatch.tracker.record;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.events.NoticeClassified;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Records one classified release in one transaction: the release as published (kept once; a later classification
 * replaces only the classification), its classification under this rules version, and the procurement rebuilt from
 * all its releases. Redelivery changes nothing, so at-least-once input is safe.
 */
@Singleton
public class ProcurementRecorder {

    /** What recording a release did: {@code NEW} release, {@code RECLASSIFIED}, or a {@code REPEAT} seen before. */
    public enum Outcome { NEW, RECLASSIFIED, REPEAT }

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;
    private final ProcurementRows rows;

    ProcurementRecorder(TransactionOperations<Connection> tx, ObjectMapper json, ProcurementRows rows) {
        this.tx = tx;
        this.json = json;
        this.rows = rows;
    }

    public Outcome record(NoticeClassified notice, String payload) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            String ocid = notice.ocid();
            // Releases of one procurement can arrive at two instances at once; the row is rebuilt by one at a time.
            try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                ps.setString(1, ocid);
                ps.execute();
            }
            Outcome outcome = saveRelease(c, notice, payload);
            boolean newClassification = saveClassification(c, notice);
            if (outcome == Outcome.REPEAT && !newClassification) {
                return Outcome.REPEAT;
            }
            rows.save(c, ProcurementSummary.fold(releasesOf(c, ocid)));
            return outcome == Outcome.NEW ? Outcome.NEW : Outcome.RECLASSIFIED;
        });
    }

    private static Outcome saveRelease(Connection c, NoticeClassified notice, String payload) throws SQLException {
        var n = notice.notice();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into release (release_id, ocid, release_date, fetched_at, source, original, sha256, payload, classified_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (release_id) do update set payload = excluded.payload, classified_at = excluded.classified_at
                where excluded.classified_at > release.classified_at
                returning (xmax = 0)""")) {
            ps.setString(1, n.releaseId());
            ps.setString(2, n.ocid());
            ps.setTimestamp(3, n.releaseDate() == null ? null : Timestamp.from(n.releaseDate().toInstant()));
            ps.setTimestamp(4, Timestamp.from(n.fetchedAt()));
            ps.setString(5, n.source());
            ps.setString(6, n.release());
            ps.setString(7, Evidence.sha256(n.release()));
            ps.setString(8, payload);
            ps.setTimestamp(9, Timestamp.from(notice.classifiedAt()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Outcome.REPEAT;
                }
                return rs.getBoolean(1) ? Outcome.NEW : Outcome.RECLASSIFIED;
            }
        }
    }

    private boolean saveClassification(Connection c, NoticeClassified notice) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into classification (release_id, rules_version, category, possibly_relevant, confidence, reasons,
                                            changes, classified_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
            ps.setString(1, notice.releaseId());
            ps.setString(2, notice.rulesVersion() == null ? "" : notice.rulesVersion());
            ps.setString(3, notice.category().label());
            ps.setBoolean(4, notice.possiblyRelevant());
            ps.setDouble(5, notice.confidence());
            ps.setString(6, write(notice.reasons()));
            ps.setString(7, write(notice.changes()));
            ps.setTimestamp(8, Timestamp.from(notice.classifiedAt()));
            return ps.executeUpdate() == 1;
        }
    }

    private List<NoticeClassified> releasesOf(Connection c, String ocid) throws SQLException {
        List<NoticeClassified> releases = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select payload from release where ocid = ?
                order by coalesce(release_date, fetched_at), fetched_at, release_id""")) {
            ps.setString(1, ocid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    releases.add(read(rs.getString(1)));
                }
            }
        }
        return releases;
    }

    private NoticeClassified read(String payload) {
        try {
            return json.readValue(payload, NoticeClassified.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored release no longer reads as a classified notice", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
