package org.tenderwatch.notifier.deliver;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One alert: a subscription matched a release; the delivery it goes out in is the outbox's to set. */
@MappedEntity("alert")
record AlertRow(@Id @GeneratedValue Long id, long subscriptionId, long subscriberId, String releaseId, String ocid,
                String kind, String cadence) {
}
