package org.tenderwatch.notifier.subscriptions;

/** Published after any change to who gets alerts, so that this instance's matching index is rebuilt at once. */
public record SubscriptionsChanged(String why) {
}
