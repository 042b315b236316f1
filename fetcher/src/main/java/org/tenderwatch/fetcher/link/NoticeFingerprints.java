package org.tenderwatch.fetcher.link;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import org.tenderwatch.events.RelatedNotice;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The notice_fingerprint table, a page of notices per statement: a window of a hundred thousand releases costs two
 * statements a page, not two a release.
 */
@Singleton
class NoticeFingerprints {

    record Entry(String releaseId, String ocid, String noticeUrl, Fingerprint fingerprint) {
    }

    private final DataSource dataSource;

    NoticeFingerprints(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    /**
     * For each entry (by position), the notices of other sources and other procurements with its buyer, title and
     * lifecycle event (or none), published within {@code days} days of it.
     */
    Map<Integer, List<RelatedNotice>> findLike(String source, List<Entry> entries, int days, String evidence) {
        Map<Integer, List<RelatedNotice>> found = new HashMap<>();
        if (entries.isEmpty()) {
            return found;
        }
        String sql = """
                SELECT q.i, f.source, f.ocid, f.notice_url FROM
                  unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY
                    AS q(buyer_key, title_key, published_on, ocid, lifecycle, i)
                JOIN notice_fingerprint f ON f.buyer_key = q.buyer_key AND f.title_key = q.title_key
                  AND f.published_on BETWEEN q.published_on::date - ? AND q.published_on::date + ?
                  AND f.source <> ? AND f.ocid <> q.ocid
                  AND (f.lifecycle = '' OR q.lifecycle = '' OR f.lifecycle = q.lifecycle)
                ORDER BY q.i, f.published_on, f.source, f.release_id""";
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, texts(connection, entries, e -> e.fingerprint().buyerKey()));
            query.setArray(2, texts(connection, entries, e -> e.fingerprint().titleKey()));
            query.setArray(3, texts(connection, entries, e -> e.fingerprint().publishedOn().toString()));
            query.setArray(4, texts(connection, entries, Entry::ocid));
            query.setArray(5, texts(connection, entries, e -> e.fingerprint().lifecycle()));
            query.setInt(6, days);
            query.setInt(7, days);
            query.setString(8, source);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.computeIfAbsent(rows.getInt(1) - 1, i -> new ArrayList<>()).add(new RelatedNotice(
                            rows.getString(2), rows.getString(3), rows.getString(4), evidence));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(source + ": could not look for the same notices from other sources: "
                    + e.getMessage(), e);
        }
    }

    void remember(String source, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String sql = """
                INSERT INTO notice_fingerprint (source, release_id, ocid, notice_url, buyer_key, title_key, lifecycle, published_on)
                SELECT ?, r.release_id, r.ocid, r.notice_url, r.buyer_key, r.title_key, r.lifecycle, r.published_on::date
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                  AS r(release_id, ocid, notice_url, buyer_key, title_key, lifecycle, published_on)
                ON CONFLICT (source, release_id) DO NOTHING""";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, source);
            insert.setArray(2, texts(connection, entries, Entry::releaseId));
            insert.setArray(3, texts(connection, entries, Entry::ocid));
            insert.setArray(4, texts(connection, entries, Entry::noticeUrl));
            insert.setArray(5, texts(connection, entries, e -> e.fingerprint().buyerKey()));
            insert.setArray(6, texts(connection, entries, e -> e.fingerprint().titleKey()));
            insert.setArray(7, texts(connection, entries, e -> e.fingerprint().lifecycle()));
            insert.setArray(8, texts(connection, entries, e -> e.fingerprint().publishedOn().toString()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(source + ": could not remember " + entries.size()
                    + " notices for linking their copies: " + e.getMessage(), e);
        }
    }

    private static java.sql.Array texts(Connection connection, List<Entry> entries, Function<Entry, String> field)
            throws SQLException {
        return connection.createArrayOf("text", entries.stream().map(field).toArray());
    }
}
