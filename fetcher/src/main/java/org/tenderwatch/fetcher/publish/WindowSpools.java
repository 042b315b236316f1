package org.tenderwatch.fetcher.publish;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetterFactory;
import org.tenderwatch.fetcher.deadletter.DeadLetters;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens a {@link WindowSpool} per window read. At start-up the spool table is emptied: what a stopped or crashed
 * fetcher left there is a window that did not complete, and it is read again from the source anyway. That is safe
 * because one fetcher runs per database (Kubernetes: one replica, Recreate).
 */
@Singleton
public class WindowSpools implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(WindowSpools.class);

    private final DataSource dataSource;
    private final DeadLetters deadLetters;
    private final DeadLetterFactory letters;
    private final FetcherMetrics metrics;

    WindowSpools(DataSource dataSource, DataSourceResolver resolver, DeadLetters deadLetters, DeadLetterFactory letters,
                 FetcherMetrics metrics) {
        // Plain connections of the pool: the spool's statements need no transaction of Micronaut's.
        this.dataSource = resolver.resolve(dataSource);
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.metrics = metrics;
    }

    public WindowSpool open(String source) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet id = statement.executeQuery("SELECT nextval('window_spool_id')")) {
            id.next();
            return new WindowSpool(id.getLong(1), source, dataSource, deadLetters, letters, metrics);
        } catch (SQLException e) {
            throw new SpoolException(source + ": could not open a window spool: " + e.getMessage(), e);
        }
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE window_release");
        } catch (SQLException e) {
            // Left-overs only cost space; each window reads and deletes its own rows.
            LOG.warn("could not empty window_release at start-up: {}", e.getMessage());
        }
    }
}
