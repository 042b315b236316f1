package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Introspected;

/** How many releases of a delivery one subscription matched. */
@Introspected
record SubscriptionCount(long subscriptionId, int releases) {
}
