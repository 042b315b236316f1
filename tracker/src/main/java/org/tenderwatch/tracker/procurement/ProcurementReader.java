package org.tenderwatch.tracker.procurement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.tracker.search.ProcurementRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one procurement whole: its row, its releases oldest first, and every classification they were given. */
@Singleton
class ProcurementReader {

    /** Releases shown on one page; a procurement with more (rare: years of amendments) shows the latest ones. */
    static final int MAX_RELEASES = 200;

    record Whole(ProcurementRow row, List<StoredRelease> releases, List<StoredClassification> classifications,
                 List<Party> suppliers) {
    }

    record Party(String key, String name, @Nullable String companiesHouse) {
    }

    record Original(String ocid, String releaseId, String json, String sha256) {
    }

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;

    ProcurementReader(TransactionOperations<Connection> tx, ObjectMapper json) {
        this.tx = tx;
        this.json = json;
    }

    Optional<Whole> read(String ocid) {
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            ProcurementRow row = null;
            try (PreparedStatement ps = c.prepareStatement("select " + ProcurementRow.COLUMNS + " from procurement p where p.ocid = ?")) {
                ps.setString(1, ocid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        row = ProcurementRow.read(rs);
                    }
                }
            }
            if (row == null) {
                return Optional.<Whole>empty();
            }
            return Optional.of(new Whole(row, releases(c, ocid), classifications(c, ocid), suppliers(c, ocid)));
        });
    }

    Optional<Original> original(String ocid, String releaseId) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select original, sha256 from release where ocid = ? and release_id = ?")) {
                ps.setString(1, ocid);
                ps.setString(2, releaseId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Original(ocid, releaseId, rs.getString(1), rs.getString(2))) : Optional.<Original>empty();
                }
            }
        });
    }

    private List<StoredRelease> releases(Connection c, String ocid) throws SQLException {
        List<StoredRelease> releases = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select payload, sha256, received_at from (
                    select payload, sha256, received_at, release_date, fetched_at, release_id from release where ocid = ?
                    order by coalesce(release_date, fetched_at) desc, fetched_at desc, release_id desc limit ?) latest
                order by coalesce(release_date, fetched_at), fetched_at, release_id""")) {
            ps.setString(1, ocid);
            ps.setInt(2, MAX_RELEASES);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    releases.add(new StoredRelease(parse(rs.getString(1)), rs.getString(2), rs.getTimestamp(3).toInstant()));
                }
            }
        }
        return releases;
    }

    private static List<StoredClassification> classifications(Connection c, String ocid) throws SQLException {
        List<StoredClassification> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select c.release_id, c.rules_version, c.category, c.possibly_relevant, c.confidence, c.classified_at
                from classification c join release r using (release_id) where r.ocid = ?
                order by c.classified_at, c.release_id limit 1000""")) {
            ps.setString(1, ocid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new StoredClassification(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            rs.getDouble(5), rs.getTimestamp(6).toInstant()));
                }
            }
        }
        return found;
    }

    private static List<Party> suppliers(Connection c, String ocid) throws SQLException {
        List<Party> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select o.key, o.name, o.companies_house from procurement_supplier s join organisation o on o.key = s.supplier_key
                where s.ocid = ? order by o.name, o.key limit 500""")) {
            ps.setString(1, ocid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Party(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return found;
    }

    private NoticeClassified parse(String payload) {
        try {
            return json.readValue(payload, NoticeClassified.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored release no longer reads as a classified notice", e);
        }
    }
}
