package org.tenderwatch.notifier.intake;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.matching.Match;
import org.tenderwatch.notifier.outbox.Outbox;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.Predicate;

/**
 * The real recorder, except that for one chosen release id PostgreSQL itself refuses a value (SQLSTATE 22P02) inside
 * the recording's transaction, as it would a value it cannot hold: only in tests that set
 * {@code test.faults.refused-release-id}.
 */
@Singleton
@Replaces(AlertRecorder.class)
@Requires(property = "test.faults.refused-release-id")
class RefusingRecorder extends AlertRecorder {

    private final TransactionOperations<Connection> tx;
    private final String releaseId;

    RefusingRecorder(TransactionOperations<Connection> tx, Outbox outbox, ThreadSettings threads,
                     @Value("${test.faults.refused-release-id}") String releaseId) {
        super(tx, outbox, threads);
        this.tx = tx;
        this.releaseId = releaseId;
    }

    @Override
    Recorded record(NoticeClassified notice, String json, List<Match> matches, Predicate<Match> silenced) {
        // One transaction, as a refusal inside the real recording would be: nothing of the notice is kept.
        return tx.executeWrite(status -> {
            Recorded recorded = super.record(notice, json, matches, silenced);
            if (releaseId.equals(notice.releaseId())) {
                try (Statement refused = status.getConnection().createStatement()) {
                    refused.execute("select 'not a number'::integer");
                }
            }
            return recorded;
        });
    }
}
