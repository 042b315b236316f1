package org.tenderwatch.notifier.matching;

import org.tenderwatch.notifier.subscriptions.Cadence;

/** A subscription a notice matched. */
public record Match(long subscriptionId, long subscriberId, Cadence cadence) {
}
