package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A subscription as the admin API shows it: the email address, but never a webhook URL. */
@Serdeable
public record SubscriptionView(
        long id,
        long subscriberId,
        String channel,
        @Nullable String email,
        String name,
        SubscriptionFilter filter,
        String cadence,
        int digestHour,
        boolean confirmed,
        Instant createdAt) {

    /** @param shown what the channel lets be shown of the recipient (an email address; never a webhook) */
    static SubscriptionView of(Subscription s, @Nullable String shown) {
        return new SubscriptionView(s.id(), s.subscriberId(), s.channel(), shown, s.name(), s.filter(),
                s.cadence().label(), s.digestHour(), s.confirmed(), s.createdAt());
    }
}
