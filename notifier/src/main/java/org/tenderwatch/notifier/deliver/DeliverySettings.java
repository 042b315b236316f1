package org.tenderwatch.notifier.deliver;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param enabled        run delivery workers in this instance
 * @param workers        threads draining the outbox
 * @param pollInterval   how long an idle worker waits before looking again
 * @param lease          how long a claimed delivery stays invisible to other workers (a crashed sender's claim expires)
 * @param initialBackoff first retry delay; doubled per attempt, with jitter
 * @param maxBackoff     longest retry delay
 * @param giveUpAfter    a delivery still failing this long after it was queued is given up, and that is recorded
 */
@ConfigurationProperties("notifier.delivery")
public record DeliverySettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "2") int workers,
        @Bindable(defaultValue = "500ms") Duration pollInterval,
        @Bindable(defaultValue = "5m") Duration lease,
        @Bindable(defaultValue = "30s") Duration initialBackoff,
        @Bindable(defaultValue = "1h") Duration maxBackoff,
        @Bindable(defaultValue = "24h") Duration giveUpAfter) {
}
