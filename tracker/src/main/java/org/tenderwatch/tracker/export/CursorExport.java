package org.tenderwatch.tracker.export;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.tracker.metrics.TrackerMetrics;
import org.tenderwatch.tracker.search.ProcurementRow;
import org.tenderwatch.tracker.search.SearchQuery;
import org.tenderwatch.tracker.search.SearchSql;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Streams every row of a search through a pipe: a thread of the exports pool reads a database cursor (a few hundred
 * rows at a time) and writes rows into the pipe while the response reads from it, so memory stays the same
 * whatever the size of the export and nothing is cut off. When the export fails half-way the pipe's reading end is
 * failed ({@link AbortablePipe}), so the response is aborted and the client sees a broken download, never a short
 * file that looks complete.
 */
@Singleton
class CursorExport {

    private static final Logger LOG = LoggerFactory.getLogger(CursorExport.class);
    private static final int PIPE_BYTES = 64 * 1024;
    private static final int FETCH_ROWS = 500;

    /** More exports than the pool can run at once. */
    static final class TooManyExports extends RuntimeException {
        TooManyExports() {
            super("too many exports are running; try again in a minute");
        }
    }

    private final TransactionOperations<Connection> tx;
    private final ExecutorService executor;
    private final Semaphore running;
    private final ExportSettings config;
    private final TrackerMetrics metrics;

    CursorExport(TransactionOperations<Connection> tx, @Named("exports") ExecutorService executor, ExportSettings config,
                 TrackerMetrics metrics) {
        this.tx = tx;
        this.executor = executor;
        this.config = config;
        this.running = new Semaphore(config.concurrent());
        this.metrics = metrics;
    }

    InputStream stream(SearchQuery query, String format, Function<OutputStream, RowWriter> writerFor) {
        if (!running.tryAcquire()) {
            metrics.export(format, "refused");
            throw new TooManyExports();
        }
        try {
            AbortablePipe in = new AbortablePipe(PIPE_BYTES);
            PipedOutputStream out = new PipedOutputStream(in);
            executor.execute(() -> {
                try {
                    long rows = write(query, writerFor.apply(out));
                    out.close();
                    in.ended();
                    metrics.export(format, "complete");
                    metrics.exportRows(format, rows);
                } catch (Exception | Error e) {
                    metrics.export(format, "failed");
                    LOG.warn("{} export of '{}' stopped: {}", format, SearchQuery.encode(query.parameters()), e.toString());
                    in.fail(new IOException(format + " export stopped half-way: " + e));
                } finally {
                    running.release();
                }
            });
            return in;
        } catch (IOException | RuntimeException e) {
            running.release();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private long write(SearchQuery query, RowWriter writer) {
        SearchSql sql = SearchSql.of(query);
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement("select " + ProcurementRow.COLUMNS + " from procurement p where "
                    + sql.where() + " order by " + sql.order())) {
                ps.setFetchSize(FETCH_ROWS);
                ps.setQueryTimeout((int) Math.max(1, config.queryTimeout().toSeconds()));
                sql.bindOrder(ps, sql.bindWhere(ps, 1));
                long rows = 0;
                writer.begin();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        writer.row(ProcurementRow.read(rs));
                        rows++;
                    }
                }
                writer.end();
                return rows;
            }
        });
    }
}
