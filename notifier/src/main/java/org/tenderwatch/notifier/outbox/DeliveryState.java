package org.tenderwatch.notifier.outbox;

import java.util.Locale;

/** Where a delivery is in its life: waiting (or leased), or ended in one of four ways. */
public enum DeliveryState {
    /** due at {@code next_attempt_at}: claimable, or leased by a worker until then */
    PENDING,
    SENT,
    /** the receiver refused it for good */
    FAILED,
    /** still failing after {@code give-up-after} */
    GAVE_UP,
    /** not sent on purpose: unsubscribed, suppressed, or nothing left to send */
    CANCELLED;

    /** The value stored in {@code delivery.state} and used as a metric tag. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
