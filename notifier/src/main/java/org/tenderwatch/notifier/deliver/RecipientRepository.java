package org.tenderwatch.notifier.deliver;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/**
 * Subscribers as delivery sees them, and the suppression list. Native SQL: who a delivery goes to is the subscriber
 * joined with the suppression list, and suppressing twice must be harmless ({@code ON CONFLICT DO NOTHING}).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RecipientRepository extends GenericRepository<SuppressedRecipient, SuppressedRecipient.Key> {

    @Query("""
            SELECT r.id AS subscriber_id, r.channel, r.recipient, r.recipient_key,
                   CASE WHEN r.unsubscribed_at IS NOT NULL THEN 'unsubscribed'
                        WHEN x.reason IS NOT NULL THEN 'suppressed: ' || x.reason END AS blocked_because
            FROM subscriber r
            LEFT JOIN suppressed_recipient x ON x.channel = r.channel AND x.recipient_key = r.recipient_key
            WHERE r.id = :subscriberId""")
    Optional<Addressee> find(long subscriberId);

    @Query("SELECT EXISTS (SELECT 1 FROM suppressed_recipient WHERE channel = :channel AND recipient_key = :recipientKey)")
    boolean suppressed(String channel, String recipientKey);

    @Query("UPDATE subscriber SET hard_failures = hard_failures + 1 WHERE id = :subscriberId")
    long countHardFailure(long subscriberId);

    /** Read after {@link #countHardFailure} in its transaction, whose update locked the row. */
    @Query("SELECT hard_failures FROM subscriber WHERE id = :subscriberId")
    int hardFailures(long subscriberId);

    @Query("""
            INSERT INTO suppressed_recipient (channel, recipient_key, reason) VALUES (:channel, :recipientKey, :reason)
            ON CONFLICT DO NOTHING""")
    long suppress(String channel, String recipientKey, String reason);
}
