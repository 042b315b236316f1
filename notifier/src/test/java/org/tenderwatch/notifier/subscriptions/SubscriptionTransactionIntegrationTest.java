package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;
import org.tenderwatch.notifier.deliver.Recipient;
import org.tenderwatch.notifier.outbox.Outbox;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The repositories behind the stores and the outbox's {@code TransactionOperations} write in one transaction on one
 * connection: a subscriber, its subscription and its confirmation mail are committed together or not at all.
 */
@NotifierTest
class SubscriptionTransactionIntegrationTest {

    private static final String SUBSCRIPTIONS = "select count(*) from subscription s join subscriber r on r.id = s.subscriber_id where r.recipient_key = ?";
    private static final String CONFIRMATIONS = "select count(*) from delivery d join subscriber r on r.id = d.subscriber_id where d.kind = 'confirmation' and r.recipient_key = ?";

    private final RunningNotifier notifier;
    private final TransactionOperations<Connection> tx;
    private final SubscriberStore subscribers;
    private final SubscriptionStore subscriptions;
    private final Outbox outbox;

    @SuppressWarnings("unchecked")
    SubscriptionTransactionIntegrationTest(RunningNotifier notifier) {
        this.notifier = notifier;
        this.tx = notifier.context().getBean(Argument.of(TransactionOperations.class, Connection.class));
        this.subscribers = notifier.context().getBean(SubscriberStore.class);
        this.subscriptions = notifier.context().getBean(SubscriptionStore.class);
        this.outbox = notifier.context().getBean(Outbox.class);
    }

    @Test
    void aFailureAfterTheConfirmationIsQueuedLeavesNeitherSubscriberNorSubscriptionNorMail() {
        String key = "rolled-back@example.org";
        assertThatThrownBy(() -> tx.executeWrite(status -> {
            subscribeWithConfirmation(key);
            // The repositories' rows are on the transaction's own connection, uncommitted: nobody else sees them yet.
            assertThat(count(status.getConnection(), SUBSCRIPTIONS, key)).isEqualTo(1);
            assertThat(count(status.getConnection(), CONFIRMATIONS, key)).isEqualTo(1);
            assertThat(fromAnotherConnection(SUBSCRIPTIONS, key)).isZero();
            assertThat(fromAnotherConnection(CONFIRMATIONS, key)).isZero();
            throw new IllegalStateException("refused after queueing");
        })).hasMessage("refused after queueing");
        assertThat(notifier.db().count(SUBSCRIPTIONS, key)).isZero();
        assertThat(notifier.db().count(CONFIRMATIONS, key)).isZero();
        assertThat(notifier.db().count("select count(*) from subscriber where recipient_key = ?", key)).isZero();
    }

    @Test
    void aSubscriptionAndItsConfirmationAreCommittedTogether() {
        String key = "committed@example.org";
        tx.executeWrite(status -> {
            subscribeWithConfirmation(key);
            assertThat(fromAnotherConnection(CONFIRMATIONS, key)).isZero();
            return null;
        });
        assertThat(notifier.db().count(SUBSCRIPTIONS, key)).isEqualTo(1);
        assertThat(notifier.db().count(CONFIRMATIONS, key)).isEqualTo(1);
    }

    private void subscribeWithConfirmation(String address) {
        long subscriberId = subscribers.subscriber("email", new Recipient(address, address));
        Subscription made = subscriptions.create(subscriberId, "Joined", SubscriptionFilter.anything(), Cadence.INSTANT, 7, false);
        outbox.queueConfirmation(subscriberId, made.id());
    }

    /** Counted on a thread of its own, so outside the transaction this thread holds. */
    private long fromAnotherConnection(String sql, String key) {
        return CompletableFuture.supplyAsync(() -> notifier.db().count(sql, key)).join();
    }

    private static long count(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
