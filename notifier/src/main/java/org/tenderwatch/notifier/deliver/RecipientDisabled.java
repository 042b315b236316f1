package org.tenderwatch.notifier.deliver;

/** A recipient was suppressed after hard failures: matching stops alerting their subscriptions. */
public record RecipientDisabled(long subscriberId, String channel) {
}
