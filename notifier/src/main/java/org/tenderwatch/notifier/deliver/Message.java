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
 * @param follows    the alert this message follows up, when the subscriber was sent one about the same procurement
 * @param extent     for a message listing many notices (a digest, a burst): its heading, total and what did not fit
 * @param monthly    for the monthly message: what was checked for the subscriber in the month
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
        @Nullable String confirmUrl,
        @Nullable EarlierAlert follows,
        @Nullable DigestExtent extent,
        @Nullable MonthlyReport monthly) {

    public Message(long deliveryId, Instant queuedAt, MessageKind kind, String recipient, List<AlertItem> alerts,
                   @Nullable LocalDate period, String unsubscribeUrl, String manageUrl, @Nullable String confirmUrl,
                   @Nullable EarlierAlert follows, @Nullable DigestExtent extent) {
        this(deliveryId, queuedAt, kind, recipient, alerts, period, unsubscribeUrl, manageUrl, confirmUrl, follows, extent, null);
    }

    public Message(long deliveryId, Instant queuedAt, MessageKind kind, String recipient, List<AlertItem> alerts,
                   @Nullable LocalDate period, String unsubscribeUrl, String manageUrl, @Nullable String confirmUrl) {
        this(deliveryId, queuedAt, kind, recipient, alerts, period, unsubscribeUrl, manageUrl, confirmUrl, null, null);
    }
}
