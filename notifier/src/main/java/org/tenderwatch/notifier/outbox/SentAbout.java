package org.tenderwatch.notifier.outbox;

import java.time.Instant;

/**
 * A message already sent to a subscriber about a procurement.
 *
 * @param queuedAt when it was queued: with its id, what its mail's Message-ID is made of
 * @param title    the title of the notice it was about, as stored (or its release id when it had none)
 */
public record SentAbout(long deliveryId, Instant queuedAt, Instant sentAt, String title) {
}
