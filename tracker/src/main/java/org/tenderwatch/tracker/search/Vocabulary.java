package org.tenderwatch.tracker.search;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The specialties, signals and sources the record holds, offered as choices in the search form. Read at most once
 * a minute: the form must not cost a scan of every procurement per page view.
 */
@Singleton
public class Vocabulary {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    public record Terms(List<String> specialties, List<String> signals, List<String> sources, Instant readAt) {
    }

    private final TransactionOperations<Connection> tx;
    private final AtomicReference<Terms> terms = new AtomicReference<>();
    private final Clock clock;

    Vocabulary(TransactionOperations<Connection> tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public Terms terms() {
        Terms known = terms.get();
        if (known != null && known.readAt().plus(FRESH_FOR).isAfter(clock.instant())) {
            return known;
        }
        Terms read = tx.executeRead(status -> new Terms(
                list(status.getConnection(), "select distinct unnest(specialties) t from procurement order by t limit 500"),
                list(status.getConnection(), "select distinct unnest(signals) t from procurement order by t limit 500"),
                list(status.getConnection(), "select distinct source from procurement order by source limit 100"),
                clock.instant()));
        terms.set(read);
        return read;
    }

    private static List<String> list(Connection c, String sql) throws java.sql.SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setQueryTimeout(10);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
