package org.tenderwatch.notifier.deliver;

import org.tenderwatch.notifier.outbox.MessageKind;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A message ready for its channel: who to, what about, and the signed links it carries.
 *
 * @param queuedAt   when the delivery was put in the outbox: with its id, names it uniquely even across databases
 * @param recipient  the address as its channel reads it (revealed just before sending: a webhook URL is never logged)
 * @param period     the day a digest covers
 */
public record Message(
        long deliveryId,
        Instant queuedAt,
        MessageKind kind,
        String recipient,
        List<AlertItem> alerts,
        @Nullable LocalDate period,
        String unsubscribeUrl,
        String manageUrl,
        @Nullable String confirmUrl) {
}
