package org.tenderwatch.tracker.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;

/** Input the tracker could not record, kept whole in its database with the reason, for a person to look at. */
@Singleton
class DeadLetterStore {

    private final TransactionOperations<Connection> tx;

    DeadLetterStore(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    void keep(String topic, @Nullable String key, String error, String payload) {
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "insert into dead_letter (topic, record_key, error, payload) values (?, ?, ?, ?)")) {
                ps.setString(1, topic);
                ps.setString(2, key == null ? null : key.replace("\u0000", ""));
                ps.setString(3, error.replace("\u0000", ""));
                // NUL cannot be stored in text; escaped, the payload is still all there.
                ps.setString(4, payload.replace("\u0000", "\\u0000"));
                return ps.executeUpdate();
            }
        });
    }
}
