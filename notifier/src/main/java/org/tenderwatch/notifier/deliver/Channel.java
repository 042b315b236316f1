package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * One way of reaching people, and everything about its recipients: which addresses it accepts and in what form, how
 * it stores them (opaque to everyone else), what identifies one recipient for duplicates and suppression, and how a
 * message goes out. A new channel is a new package with one bean implementing this; {@link Channels} finds it by name.
 */
public interface Channel {

    /** The channel's name in requests and in the database ({@code subscriber.channel}): {@code email}, {@code slack}. */
    String name();

    /** Checks and normalises an address a request gives; throws {@link InvalidRecipient} saying what is wrong. */
    Recipient recipient(String address);

    /** The stored form back to the address, only at the moment of sending; throws if it no longer reads. */
    String reveal(String stored);

    /** What a page or the admin API may show of a stored recipient, or null when nothing may be shown. */
    @Nullable
    String shown(String stored);

    /** Whether a new recipient confirms by a link in a first message (double opt-in) before anything else is sent. */
    boolean confirmsByMessage();

    /** Hard failures in a row after which the recipient is suppressed. */
    int hardFailuresBeforeDisabling();

    /** The least time between two messages to one recipient: Slack takes one a second per webhook. */
    default Duration minInterval() {
        return Duration.ZERO;
    }

    /** Sends one message; never throws for a failure of the receiver, answers with an {@link Outcome} instead. */
    Outcome send(Message message);
}
