package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A subscription as the admin API receives it.
 *
 * @param channel   email or slack
 * @param address   the email address, or the Slack incoming webhook URL (a secret: stored encrypted, never returned)
 * @param cadence   instant (default), daily or weekly (on the configured weekday)
 * @param digestHour local hour (Europe/London) of the daily or weekly digest, 0–23, default 7
 * @param confirmed whether the address is already confirmed; when not, email subscribers get a confirmation mail
 *                  first and nothing else before they confirm (Slack webhooks need no confirmation)
 * @param monthlySummary whether the subscriber (the address, for all its alerts) also gets the monthly "still working"
 *                  message; absent: left as it is (off for a new subscriber)
 */
@Serdeable
public record SubscriptionRequest(
        @Nullable String name,
        @Nullable String channel,
        @Nullable String address,
        @Nullable String cadence,
        @Nullable Integer digestHour,
        @Nullable Boolean confirmed,
        @Nullable SubscriptionFilter filter,
        @Nullable Boolean monthlySummary) {

    public SubscriptionRequest(@Nullable String name, @Nullable String channel, @Nullable String address, @Nullable String cadence,
                               @Nullable Integer digestHour, @Nullable Boolean confirmed, @Nullable SubscriptionFilter filter) {
        this(name, channel, address, cadence, digestHour, confirmed, filter, null);
    }
}
