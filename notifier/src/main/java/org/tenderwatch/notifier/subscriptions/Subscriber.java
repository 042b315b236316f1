package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.annotation.Nullable;

/**
 * A recipient as the delivery workers see it. {@code webhookCiphertext} stays encrypted until the moment of sending.
 *
 * @param blockedBecause why nothing may be sent to it any more (unsubscribed, suppressed, webhook disabled), or null
 */
public record Subscriber(
        long id,
        ChannelType channel,
        @Nullable String email,
        @Nullable String webhookCiphertext,
        @Nullable String blockedBecause) {
}
