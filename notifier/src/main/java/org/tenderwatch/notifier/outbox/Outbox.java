package org.tenderwatch.notifier.outbox;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The one owner of the delivery table: every message is queued, claimed and ended here, and nowhere else (its SQL
 * is in {@link DeliveryRepository}). Each method joins the caller's transaction when there is one, so that a
 * notice's alerts and their messages, or a subscription and its confirmation mail, are written together or not at all.
 * <p>
 * Workers claim the next due delivery with {@code FOR UPDATE SKIP LOCKED}, which also locks its subscriber: two
 * instances never take the same delivery, nor write to one webhook at once. The claim is a lease (the delivery
 * becomes due again after it), so a crash between sending and recording means one resend, never a loss.
 */
@Singleton
public class Outbox {

    private final DeliveryRepository deliveries;

    Outbox(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    /**
     * One message per subscriber per release, however many of their subscriptions matched it: the alerts join the
     * instant delivery of that release, created if it is the first.
     */
    @Transactional
    public long queueInstant(long subscriberId, String releaseId, Collection<Long> alertIds) {
        deliveries.insertInstant(subscriberId, releaseId);
        long deliveryId = deliveries.instantId(subscriberId, releaseId);
        deliveries.attachAlerts(deliveryId, alertIds);
        return deliveryId;
    }

    /**
     * Queues one digest for {@code day} to every subscriber whose digest hour has come (the earliest hour among
     * their daily subscriptions with something waiting), attaching every waiting daily alert to it. The unique
     * (subscriber, day) key makes this safe on every instance and late after downtime. Returns how many were queued.
     */
    @Transactional
    public int queueDigests(int localHour, LocalDate day) {
        int queued = (int) deliveries.insertDueDigests(localHour, day);
        if (queued > 0) {
            deliveries.attachDailyAlerts(day);
        }
        return queued;
    }

    /** Queues the double opt-in mail of a subscription: the workers send it like any other message. */
    @Transactional
    public void queueConfirmation(long subscriberId, long subscriptionId) {
        deliveries.insertConfirmation(subscriberId, subscriptionId);
    }

    /** Whether a confirmation mail to this subscriber waits to be sent, or was sent and its link still works. */
    @ReadOnly
    public boolean confirmationPending(long subscriberId, Duration linkTtl) {
        return deliveries.confirmationPending(subscriberId, linkTtl.toMillis());
    }

    /** Everything still waiting for this subscriber is cancelled, with the reason kept. */
    @Transactional
    public void cancelPending(long subscriberId, String reason) {
        deliveries.cancelPending(subscriberId, reason);
    }

    /** @param minInterval per subscriber channel name, the least time between two messages to one recipient */
    @Transactional
    public Optional<Claimed> claimNext(Duration lease, ToLongFunction<String> minInterval) {
        return deliveries.lockNextDue().map(due -> {
            deliveries.lease(due.id(), lease.toMillis());
            deliveries.paceSubscriber(due.subscriberId(), minInterval.applyAsLong(due.channel()));
            return new Claimed(due.id(), due.subscriberId(), MessageKind.fromLabel(due.kind()), due.releaseId(), due.period(),
                    due.subscriptionId(), due.attempts() + 1, due.createdAt());
        });
    }

    @Transactional
    public void sent(long id) {
        deliveries.sent(id);
    }

    /** Ends a delivery without sending it, with the reason kept. */
    @Transactional
    public void finish(long id, DeliveryState state, String reason) {
        if (state == DeliveryState.PENDING || state == DeliveryState.SENT) {
            throw new IllegalArgumentException("a delivery ends unsent as failed, gave_up or cancelled, not " + state.label());
        }
        deliveries.finish(id, state.label(), reason);
    }

    @Transactional
    public void retryAt(long id, Instant at, String reason) {
        deliveries.retryAt(id, at, reason);
    }

    /** The receiver asked us to wait (429 Retry-After): nothing goes to it before then, from any instance. */
    @Transactional
    public void holdSubscriber(long subscriberId, Instant until) {
        deliveries.holdSubscriber(subscriberId, until);
    }

    /** Deliveries waiting to be sent. */
    @ReadOnly
    public long depth() {
        return deliveries.pending();
    }
}
