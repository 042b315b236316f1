package org.tenderwatch.notifier.limits;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code notifier.limits.confirmations.*}: how many confirmation mails anonymous requests may cause.
 *
 * @param perAddress   mails to one address per {@code addressPeriod}
 * @param addressPeriod the period of {@code perAddress}
 * @param perClient    subscribe requests one client (IP address) may make per {@code clientPeriod}
 * @param clientPeriod the period of {@code perClient}
 * @param tracked      addresses and clients remembered at most (the least recently seen are forgotten first), so
 *                     that memory does not grow with the number of callers
 */
@ConfigurationProperties("notifier.limits.confirmations")
record ConfirmationLimitsSettings(
        @Bindable(defaultValue = "3") int perAddress,
        @Bindable(defaultValue = "24h") Duration addressPeriod,
        @Bindable(defaultValue = "10") int perClient,
        @Bindable(defaultValue = "1h") Duration clientPeriod,
        @Bindable(defaultValue = "10000") int tracked) {
}
