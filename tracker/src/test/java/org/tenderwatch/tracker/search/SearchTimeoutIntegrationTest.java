package org.tenderwatch.tracker.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.embedded.EmbeddedPostgresServer;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.tracker.record.ProcurementRecorder;
import org.tenderwatch.tracker.testing.Fixtures;
import org.tenderwatch.tracker.testing.RunningTracker;

import org.tenderwatch.tracker.testing.TrackerTest;
import org.tenderwatch.testing.Answer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search that runs past {@code tracker.search.query-timeout} answers 503 and asks for a narrower search. The search
 * is made slow for real rather than faked: another session holds an exclusive lock on {@code procurement} (what
 * {@code VACUUM FULL}, {@code REINDEX} or a migration takes), so the tracker's query waits in PostgreSQL until its
 * timeout cancels it. A generated record big enough to need more than the smallest timeout (1s) on its own would take
 * minutes to build and would depend on the machine's speed.
 */
@TrackerTest(properties = "tracker.search.query-timeout=1s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTimeoutIntegrationTest {

    private RunningTracker tracker;
    private String databaseUrl;

    @BeforeAll
    void start(RunningTracker tracker) throws Exception {
        this.tracker = tracker;
        databaseUrl = tracker.context().getRequiredProperty("datasources.default.url", String.class);
        NoticeClassified notice = Fixtures.labelled(Fixtures.ENDOSCOPY_INSOURCING);
        tracker.context().getBean(ProcurementRecorder.class).record(notice, tracker.json().writeValueAsString(notice));
    }


    @Test
    void aSearchStoppedByItsTimeoutIsA503AskingForANarrowerSearch() throws Exception {
        assertThat(tracker.get("/?q=endoscopy").statusCode()).isEqualTo(200);

        Answer slow;
        try (Connection other = DriverManager.getConnection(databaseUrl, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("lock table procurement in access exclusive mode");
            slow = tracker.get("/?q=endoscopy");
            other.rollback();
        }

        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(slow.body()).contains("That search took too long", "Add a filter or more words")
                .doesNotContain("SQLException", "canceling statement");
        assertThat(tracker.get("/?q=endoscopy").statusCode()).isEqualTo(200);
    }
}
