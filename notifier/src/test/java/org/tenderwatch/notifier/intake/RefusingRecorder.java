package org.tenderwatch.notifier.intake;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.outbox.Outbox;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

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
    List<Recorded> recordAll(List<Recording> notices) {
        // One transaction, as a refusal inside the real recording would be: nothing of the notices is kept.
        return tx.executeWrite(status -> {
            List<Recorded> recorded = super.recordAll(notices);
            if (notices.stream().anyMatch(n -> releaseId.equals(n.notice().releaseId()))) {
                try (Statement refused = status.getConnection().createStatement()) {
                    refused.execute("select 'not a number'::integer");
                }
            }
            return recorded;
        });
    }
}
