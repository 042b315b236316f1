package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A stored subscription: whose it is (the address for email; a webhook is never carried), what it matches, and when. */
public record Subscription(
        long id,
        long subscriberId,
        ChannelType channel,
        @Nullable String email,
        String name,
        SubscriptionFilter filter,
        Cadence cadence,
        int digestHour,
        boolean confirmed,
        Instant createdAt) {
}
