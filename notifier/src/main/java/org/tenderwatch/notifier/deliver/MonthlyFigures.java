package org.tenderwatch.notifier.deliver;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.outbox.Outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one subscriber's monthly message, from the notifier's own record: every notice it received is kept
 * with its source ({@code notice.source}), and every match with its subscriber. Each query walks an index over one
 * month of one source, or one month of one subscriber's matches, so the cost follows a month's notices, not the table.
 */
@Singleton
class MonthlyFigures {

    private final TransactionOperations<Connection> tx;
    private final Links links;
    private final Outbox outbox;

    MonthlyFigures(TransactionOperations<Connection> tx, Links links, Outbox outbox) {
        this.tx = tx;
        this.links = links;
        this.outbox = outbox;
    }

    /** Empty when the subscriber has no alert in force any more: there is nothing to report working for them. */
    Optional<MonthlyReport> of(long subscriberId, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(ProcurementThreads.SUBSCRIBERS_ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ProcurementThreads.SUBSCRIBERS_ZONE).toInstant();
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            int active = activeAlerts(c, subscriberId);
            if (active == 0) {
                return Optional.<MonthlyReport>empty();
            }
            Map<String, Long> matched = matchedBySource(c, subscriberId, from, to);
            List<MonthlyReport.Source> sources = new ArrayList<>();
            for (String source : sources(c)) {
                sources.add(new MonthlyReport.Source(source, read(c, source, from, to), matched.getOrDefault(source, 0L),
                        latest(c, source)));
            }
            return Optional.of(new MonthlyReport(month, sources, active, outbox.alertMessagesSent(subscriberId, from, to)));
        });
    }

    private static int activeAlerts(Connection c, long subscriberId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from subscription where subscriber_id = ? and confirmed and closed_at is null")) {
            ps.setLong(1, subscriberId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Every source a notice ever came from, one index probe each (a loose index scan): a handful, however many notices. */
    private static List<String> sources(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                with recursive s (source) as (
                    select min(source) from notice
                    union all
                    select (select min(n.source) from notice n where n.source > s.source) from s where s.source is not null
                )
                select source from s where source is not null""");
             ResultSet rs = ps.executeQuery()) {
            List<String> sources = new ArrayList<>();
            while (rs.next()) {
                sources.add(rs.getString(1));
            }
            return sources;
        }
    }

    private static long read(Connection c, String source, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from notice where source = ? and received_at >= ? and received_at < ?")) {
            ps.setString(1, source);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<String, Long> matchedBySource(Connection c, long subscriberId, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select n.source, count(distinct a.release_id) from alert a join notice n on n.release_id = a.release_id
                where a.subscriber_id = ? and a.created_at >= ? and a.created_at < ? group by n.source""")) {
            ps.setLong(1, subscriberId);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            Map<String, Long> matched = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    matched.put(rs.getString(1), rs.getLong(2));
                }
            }
            return matched;
        }
    }

    private MonthlyReport.Latest latest(Connection c, String source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select coalesce(payload -> 'notice' ->> 'title', release_id), payload -> 'notice' ->> 'releaseDate', received_at, ocid
                from notice where source = ? order by received_at desc limit 1""")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new MonthlyReport.Latest(Text.line(rs.getString(1), 200), day(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), links.procurement(rs.getString(4)));
            }
        }
    }

    /** A release date the event carried as published; one that does not read is simply not shown. */
    private static LocalDate day(String releaseDate) {
        if (releaseDate == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(releaseDate).atZoneSameInstant(ProcurementThreads.SUBSCRIBERS_ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
