package org.tenderwatch.notifier.deliver;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code notifier.volume.*}: how much one message may list, and when alerts to one Slack channel are too many to post
 * one by one.
 *
 * @param digestCap      notices listed in one digest (or gathered message); the rest are counted, with a link to the
 *                       same search on the public record
 * @param burstThreshold pending alerts for one Slack webhook from which they go out as one message: at one post a
 *                       second per webhook, a backfill's hundreds of alerts would otherwise take the channel for an hour
 */
@ConfigurationProperties("notifier.volume")
record VolumeSettings(@Bindable(defaultValue = "25") int digestCap, @Bindable(defaultValue = "10") int burstThreshold) {
}
