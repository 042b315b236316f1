package org.tenderwatch.notifier.subscriptions;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A subscriber: its channel and the recipient as that channel stores it (opaque here) and compares it. */
@MappedEntity("subscriber")
record SubscriberRow(@Id Long id, String channel, String recipient, String recipientKey) {
}
