package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.outbox.Outbox;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Where a message stands in its procurement's thread: the release received before each of its notices (to say what
 * changed) and the first message already sent to the subscriber about the same procurement (to follow it up).
 */
@Singleton
class ProcurementThreads {

    /** The zone of "sent on" dates: the subscribers', as for digest hours. */
    static final ZoneId SUBSCRIBERS_ZONE = ZoneId.of("Europe/London");

    private final AlertRepository alerts;
    private final Outbox outbox;

    ProcurementThreads(AlertRepository alerts, Outbox outbox) {
        this.alerts = alerts;
        this.outbox = outbox;
    }

    /** The stored release of the same procurement received just before this one, as JSON. */
    Optional<String> previousRelease(String releaseId) {
        return alerts.previousRelease(releaseId);
    }

    /** The first message sent to this subscriber about this procurement, other than the delivery being built. */
    @Nullable
    EarlierAlert firstSent(long subscriberId, String ocid, long deliveryId) {
        return outbox.firstSentAbout(subscriberId, ocid, deliveryId)
                .map(sent -> new EarlierAlert(sent.deliveryId(), sent.queuedAt(), sent.sentAt().atZone(SUBSCRIBERS_ZONE).toLocalDate(),
                        Text.line(sent.title(), 200)))
                .orElse(null);
    }
}
