package org.tenderwatch.notifier.digest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;

/**
 * @param checkInterval how often to look for subscribers whose digest hour has come
 * @param zone          the zone of the subscriptions' digest hours
 * @param weeklyDay     the day weekly digests go out (at each subscription's digest hour)
 */
@ConfigurationProperties("notifier.digest")
public record DigestSettings(
        @Bindable(defaultValue = "1m") Duration checkInterval,
        @Bindable(defaultValue = "Europe/London") ZoneId zone,
        @Bindable(defaultValue = "MONDAY") DayOfWeek weeklyDay) {
}
