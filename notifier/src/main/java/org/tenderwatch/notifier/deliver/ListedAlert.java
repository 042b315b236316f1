package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Introspected;

/**
 * An alert of a delivery as a message lists it.
 *
 * @param kind    {@code match}, or {@code update} for a follow-up
 * @param payload the stored notice, as NoticeClassified JSON
 */
@Introspected
record ListedAlert(long alertId, String subscriptionName, String kind, String payload) {
}
