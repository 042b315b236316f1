package org.tenderwatch.fetcher.publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetterFactory;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.fetcher.deadletter.DeadLetters;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The releases of one window on their way from the pages to the broker, held in PostgreSQL (window_release) rather
 * than in memory, so that a window of any size is read in the memory of one page and sent in the memory of one
 * batch. Sources page newest first; the spool gives the releases back oldest first (release date, then id), so each
 * OCID's releases still reach its partition in order. A release id met a second time in the window is the same
 * release when its text is the same (paging shifted under new notices: counted as repeated); another release under
 * an id already taken is kept as a dead letter ({@code duplicate_release}) and the first one read is published.
 */
public final class WindowSpool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WindowSpool.class);

    private final long id;
    private final String source;
    private final DataSource dataSource;
    private final DeadLetters deadLetters;
    private final DeadLetterFactory letters;
    private final FetcherMetrics metrics;
    private int size;
    /** Of the last notice handed out by {@link #next}. */
    private int position;

    WindowSpool(long id, String source, DataSource dataSource, DeadLetters deadLetters, DeadLetterFactory letters,
                FetcherMetrics metrics) {
        this.id = id;
        this.source = source;
        this.dataSource = dataSource;
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.metrics = metrics;
    }

    /** How many distinct releases the window holds so far. */
    public int size() {
        return size;
    }

    /** Keeps a page's notices; returns how many were new to the window. */
    public int add(List<SpooledNotice> notices) {
        Map<String, SpooledNotice> distinct = new LinkedHashMap<>();
        List<SpooledNotice> again = new ArrayList<>();
        for (SpooledNotice notice : notices) {
            if (distinct.putIfAbsent(notice.releaseId(), notice) != null) {
                again.add(notice);
            }
        }
        if (distinct.isEmpty()) {
            return 0;
        }
        Set<String> inserted = insert(distinct.values());
        distinct.values().stream().filter(n -> !inserted.contains(n.releaseId())).forEach(again::add);
        if (!again.isEmpty()) {
            compareWithFirst(again);
        }
        size += inserted.size();
        return inserted.size();
    }

    private Set<String> insert(Iterable<SpooledNotice> notices) {
        List<String> ids = new ArrayList<>();
        List<String> ocids = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<String> jsons = new ArrayList<>();
        for (SpooledNotice notice : notices) {
            ids.add(notice.releaseId());
            ocids.add(notice.ocid());
            dates.add(notice.releaseDate() == null ? "-infinity" : notice.releaseDate().toString());
            locations.add(notice.location());
            hashes.add(notice.textSha256());
            jsons.add(notice.json());
        }
        String sql = """
                INSERT INTO window_release (spool, release_id, ocid, sort_at, location, text_sha256, notice, notice_chars)
                SELECT ?, r.*, length(r.notice) FROM unnest(?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[])
                    AS r(release_id, ocid, sort_at, location, text_sha256, notice)
                ON CONFLICT (spool, release_id) DO NOTHING RETURNING release_id""";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, id);
            int column = 2;
            for (List<String> values : List.of(ids, ocids, dates, locations, hashes, jsons)) {
                insert.setArray(column++, connection.createArrayOf("text", values.toArray()));
            }
            Set<String> inserted = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
            return inserted;
        } catch (SQLException e) {
            throw new SpoolException(source + ": could not keep " + ids.size() + " releases of the window: " + e.getMessage(), e);
        }
    }

    /** Releases whose id the window already holds: the same text is a repeat, another text a conflict. */
    private void compareWithFirst(List<SpooledNotice> again) {
        String sql = "SELECT text_sha256, location FROM window_release WHERE spool = ? AND release_id = ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement first = connection.prepareStatement(sql)) {
            for (SpooledNotice notice : again) {
                first.setLong(1, id);
                first.setString(2, notice.releaseId());
                try (ResultSet row = first.executeQuery()) {
                    row.next();
                    if (row.getString(1).equals(notice.textSha256())) {
                        metrics.repeated(source);
                        LOG.info("{}: release {} of {} read again at {} (first at {}), same text: published once",
                                source, notice.releaseId(), notice.ocid(), notice.location(), row.getString(2));
                    } else {
                        deadLetters.keep(letters.letter(DeadLetterKind.DUPLICATE_RELEASE, "release id " + notice.releaseId()
                                        + " already read in this window at " + row.getString(2)
                                        + " with other content; the first one read is published", notice.json())
                                .about(source, notice.ocid(), notice.releaseId()).from(notice.location()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new SpoolException(source + ": could not compare repeated releases: " + e.getMessage(), e);
        }
    }

    /**
     * Numbers the window's releases in publishing order, once it is read to its end, so that each batch is read back
     * by an index range rather than by sorting what is left of the window again.
     */
    public void seal() {
        String sql = """
                UPDATE window_release w SET position = o.position
                FROM (SELECT release_id, row_number() OVER (ORDER BY sort_at, release_id) AS position
                      FROM window_release WHERE spool = ?) o
                WHERE w.spool = ? AND w.release_id = o.release_id""";
        try (Connection connection = dataSource.getConnection(); PreparedStatement number = connection.prepareStatement(sql)) {
            number.setLong(1, id);
            number.setLong(2, id);
            number.executeUpdate();
        } catch (SQLException e) {
            throw new SpoolException(source + ": could not order the window's releases: " + e.getMessage(), e);
        }
    }

    /**
     * The next notices oldest first: at most {@code limit} of them and, beyond the first, no more than
     * {@code maxChars} characters of JSON together; empty at the end of the window.
     */
    public List<SpooledNotice> next(int limit, long maxChars) {
        // The running sum reads notice_chars, not the notices: only the rows returned are fetched whole.
        String sql = """
                SELECT position, release_id, ocid, location, notice FROM (
                    SELECT position, release_id, ocid, location, notice,
                           sum(notice_chars) OVER (ORDER BY position) - notice_chars AS before
                    FROM window_release
                    WHERE spool = ? AND position > ?
                    ORDER BY position
                    LIMIT ?) batch
                WHERE before = 0 OR before < ?
                ORDER BY position""";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            select.setInt(2, position);
            select.setInt(3, limit);
            select.setLong(4, maxChars);
            List<SpooledNotice> batch = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    position = rows.getInt(1);
                    batch.add(new SpooledNotice(rows.getString(2), rows.getString(3), null, rows.getString(4), null,
                            rows.getString(5)));
                }
            }
            return batch;
        } catch (SQLException e) {
            throw new SpoolException(source + ": could not read the window's releases back: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM window_release WHERE spool = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            // Only space is lost; the next start-up empties the table.
            LOG.warn("{}: could not delete window spool {}: {}", source, id, e.getMessage());
        }
    }
}
