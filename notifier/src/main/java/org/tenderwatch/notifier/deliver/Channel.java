package org.tenderwatch.notifier.deliver;

import org.tenderwatch.notifier.subscriptions.ChannelType;

import java.time.Duration;

/** One way of reaching people. A new channel is a new package with one bean implementing this. */
public interface Channel {

    ChannelType type();

    /** Hard failures in a row after which the recipient is suppressed (email) or disabled (Slack webhook). */
    int hardFailuresBeforeDisabling();

    /** The least time between two messages to one recipient: Slack takes one a second per webhook. */
    default Duration minInterval() {
        return Duration.ZERO;
    }

    /** Sends one message; never throws for a failure of the receiver, answers with an {@link Outcome} instead. */
    Outcome send(Message message);
}
