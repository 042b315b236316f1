package org.tenderwatch.tracker.export;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.tenderwatch.embedded.EmbeddedPostgresServer;
import org.tenderwatch.tracker.testing.Generated;
import org.tenderwatch.tracker.testing.RunningTracker;
import org.tenderwatch.tracker.testing.TrackerTest;
import org.tenderwatch.testing.Answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Exports under pressure, over 20,000 procurements (the real releases recorded, then copied in SQL as the search
 * benchmark does), far more than the pipe and the sockets' buffers hold, so an export whose client stops reading stays
 * in the middle of its cursor: a fifth export while four stream is refused with a 503, and an export whose database
 * connection is lost half-way is aborted, so the client's download fails instead of ending as a short file.
 */
@TrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportLimitsIntegrationTest {

    private static final int PROCUREMENTS = 20_000;
    /** The export's query as PostgreSQL shows it in pg_stat_activity (the page's searches have a limit). */
    private static final String EXPORTS_RUNNING = """
            select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
            and state in ('active', 'idle in transaction') and query like 'select %from procurement p where %'
            and query not like '% limit %'""";

    /** Streams each export's body as it arrives, so a test can stop reading half-way as a slow reader does. */
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningTracker tracker;
    private String databaseUrl;
    private MeterRegistry meters;

    @BeforeAll
    void start(RunningTracker tracker) throws Exception {
        this.tracker = tracker;
        databaseUrl = tracker.context().getRequiredProperty("datasources.default.url", String.class);
        meters = tracker.bean(MeterRegistry.class);
        new Generated().fill(tracker, PROCUREMENTS);
        assertThat(tracker.db().count("select count(*) from procurement")).isEqualTo(PROCUREMENTS);
    }


    @Test
    void aFifthExportIsRefusedWhileFourAreStreamingAndTheFourStillComplete() throws Exception {
        List<InputStream> streaming = new ArrayList<>();
        List<byte[]> starts = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                HttpResponse<InputStream> export = open("/search.csv?show=all");
                assertThat(export.statusCode()).isEqualTo(200);
                streaming.add(export.body());
                starts.add(export.body().readNBytes(4096));
                assertThat(starts.get(i)).hasSize(4096);
            }
            await("four exports stopped in the middle of their cursor by their readers")
                    .untilAsserted(() -> assertThat(exportsRunning()).hasSize(4));
            double refusedBefore = counter("csv", "refused");

            Answer fifth = tracker.get("/search.csv?show=all");

            assertThat(fifth.statusCode()).isEqualTo(503);
            assertThat(fifth.header("Retry-After")).contains("60");
            assertThat(fifth.body()).contains("too many exports");
            assertThat(counter("csv", "refused")).isEqualTo(refusedBefore + 1);
            assertThat(exportsRunning()).hasSize(4);

            for (int i = 0; i < 4; i++) {
                assertThat(rows(starts.get(i), streaming.get(i).readAllBytes())).isEqualTo(PROCUREMENTS);
            }
        } finally {
            for (InputStream in : streaming) {
                in.close();
            }
        }
        Answer after = tracker.get("/search.csv?show=all");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(rows(after.body().getBytes(StandardCharsets.UTF_8), new byte[0])).isEqualTo(PROCUREMENTS);
    }

    /** Before the pipe could be failed, this download hung for ever: the limit makes such a regression a failure. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anExportThatFailsHalfWayIsAbortedNotCutShort() throws Exception {
        double failedBefore = counter("csv", "failed");
        HttpResponse<InputStream> export = open("/search.csv?show=all");
        assertThat(export.statusCode()).isEqualTo(200);
        try (InputStream in = export.body()) {
            byte[] start = in.readNBytes(64 * 1024);
            assertThat(start).hasSize(64 * 1024);
            await("the export stopped in the middle of its cursor by its reader")
                    .untilAsserted(() -> assertThat(exportsRunning()).hasSize(1));

            // The database connection is lost while rows are still to come, as when PostgreSQL restarts.
            try (Connection c = connect(); PreparedStatement kill = c.prepareStatement(
                    "select pg_terminate_backend(pid) from (" + EXPORTS_RUNNING + ") export")) {
                kill.execute();
            }

            assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream())).isInstanceOf(IOException.class);
        }
        await("the failure counted").untilAsserted(() -> assertThat(counter("csv", "failed")).isEqualTo(failedBefore + 1));
    }

    /** The rows of a whole CSV download read in two parts (without its byte order mark). */
    private static int rows(byte[] start, byte[] rest) throws IOException {
        byte[] whole = java.util.Arrays.copyOf(start, start.length + rest.length);
        System.arraycopy(rest, 0, whole, start.length, rest.length);
        String csv = new String(whole, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords().size();
    }

    private HttpResponse<InputStream> open(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(tracker.uri(path)).build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private List<Integer> exportsRunning() throws SQLException {
        List<Integer> pids = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(EXPORTS_RUNNING); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                pids.add(rs.getInt(1));
            }
        }
        return pids;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
    }

    private double counter(String format, String outcome) {
        var counter = meters.find("tenderwatch.tracker.exports").tags("format", format, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
