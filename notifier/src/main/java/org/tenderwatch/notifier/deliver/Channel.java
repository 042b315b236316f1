package org.tenderwatch.notifier.deliver;

import org.tenderwatch.notifier.subscriptions.ChannelType;

/** One way of reaching people. A new channel is a new package with one bean implementing this. */
public interface Channel {

    ChannelType type();

    /** Hard failures in a row after which the recipient is suppressed (email) or disabled (Slack webhook). */
    int hardFailuresBeforeDisabling();

    /** Sends one message; never throws for a failure of the receiver, answers with an {@link Outcome} instead. */
    Outcome send(Message message);
}
