package org.tenderwatch.notifier.deliver;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The first message a subscriber was sent about a procurement: follow-ups name it, and mail threads under it by its
 * Message-ID, which its delivery id and the time it was queued make (see the email channel).
 *
 * @param sentOn the day it went out, in the subscribers' zone
 * @param title  the title of the notice it was about, cut to size
 */
public record EarlierAlert(long deliveryId, Instant queuedAt, LocalDate sentOn, String title) {
}
