package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * A subscriber as the delivery workers see it: the channel and its opaque stored recipient, read only by that channel.
 *
 * @param blockedBecause why nothing may be sent to it any more (unsubscribed, suppressed), or null
 */
@Introspected
public record Addressee(long subscriberId, String channel, String recipient, String recipientKey,
                        @Nullable String blockedBecause) {
}
