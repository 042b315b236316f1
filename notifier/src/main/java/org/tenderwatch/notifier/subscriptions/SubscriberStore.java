package org.tenderwatch.notifier.subscriptions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.deliver.Recipient;
import org.tenderwatch.notifier.outbox.Outbox;

/** Subscribers in PostgreSQL: created once per recipient of a channel (stored as the channel gives it), confirmed, unsubscribed. */
@Singleton
public class SubscriberStore {

    private final SubscriberRepository repository;
    private final Outbox outbox;

    SubscriberStore(SubscriberRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    /** The subscriber for this recipient of this channel, created if new: one per (channel, recipient key). */
    @Transactional
    public long subscriber(String channel, Recipient recipient) {
        repository.upsert(channel, recipient.stored(), recipient.key());
        return repository.idOf(channel, recipient.key()).orElseThrow();
    }

    /** A subscriber locked until the transaction ends, so that requests for one address are decided one at a time. */
    public record Locked(long id, boolean unsubscribed) {
    }

    /** The subscriber for this recipient, created if new, and locked; within a transaction. */
    @Transactional
    public Locked lockSubscriber(String channel, Recipient recipient) {
        long id = subscriber(channel, recipient);
        return new Locked(id, repository.lockUnsubscribed(id).orElseThrow());
    }

    /**
     * Double opt-in done: the subscription starts matching, and the address may receive alerts again. A subscription
     * an unsubscribe ended stays ended: its confirmation link, older than the unsubscribe, no longer works.
     */
    @Transactional
    public boolean confirm(long subscriptionId) {
        return repository.confirmSubscription(subscriptionId) > 0 && repository.confirmSubscriberOf(subscriptionId) > 0;
    }

    /**
     * Stops everything to this subscriber, including messages already waiting in the outbox. Their subscriptions are
     * closed for good, so subscribing anew later (or an old confirmation link) does not bring old ones back.
     */
    @Transactional
    public boolean unsubscribe(long subscriberId) {
        boolean found = repository.unsubscribe(subscriberId) > 0;
        repository.closeSubscriptionsOf(subscriberId);
        outbox.cancelPending(subscriberId, "unsubscribed");
        return found;
    }

    /** Turns the monthly "still working" message on or off for this subscriber; answers whether it exists. */
    @Transactional
    public boolean wantMonthly(long subscriberId, boolean wanted) {
        return repository.wantMonthly(subscriberId, wanted) > 0;
    }

    /**
     * The monthly message asked for on the public form: taken only for an address that never confirmed anything (it
     * starts with the subscription the owner then confirms), so that nobody can change it for someone else's address.
     */
    @Transactional
    public void wantMonthlyBeforeConfirming(long subscriberId) {
        repository.wantMonthlyBeforeConfirming(subscriberId);
    }

    /** Whether this subscriber gets the monthly message. */
    public boolean wantsMonthly(long subscriberId) {
        return repository.wantsMonthly(subscriberId).orElse(false);
    }
}
