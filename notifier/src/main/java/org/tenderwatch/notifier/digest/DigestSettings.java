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
 * @param monthlyDay    the day of the month the monthly message about the month before goes out (1 to 28: every
 *                      month has it)
 * @param monthlyHour   the hour of that day (in {@code zone}) from which it goes out
 */
@ConfigurationProperties("notifier.digest")
public record DigestSettings(
        @Bindable(defaultValue = "1m") Duration checkInterval,
        @Bindable(defaultValue = "Europe/London") ZoneId zone,
        @Bindable(defaultValue = "MONDAY") DayOfWeek weeklyDay,
        @Bindable(defaultValue = "1") int monthlyDay,
        @Bindable(defaultValue = "9") int monthlyHour) {

    public DigestSettings {
        if (monthlyDay < 1 || monthlyDay > 28) {
            throw new IllegalArgumentException("notifier.digest.monthly-day must be 1 to 28 (a day every month has), not " + monthlyDay);
        }
        if (monthlyHour < 0 || monthlyHour > 23) {
            throw new IllegalArgumentException("notifier.digest.monthly-hour must be 0 to 23, not " + monthlyHour);
        }
    }
}
