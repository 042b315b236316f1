package org.tenderwatch.notifier.subscriptions;

import java.time.Instant;

/** A stored subscription: whose it is (the channel and its stored recipient, which only the channel reads), what it matches, and when. */
public record Subscription(
        long id,
        long subscriberId,
        String channel,
        String recipient,
        String name,
        SubscriptionFilter filter,
        Cadence cadence,
        int digestHour,
        boolean confirmed,
        Instant createdAt) {
}
