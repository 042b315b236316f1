package org.tenderwatch.tracker.intake;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code tracker.intake.*}: how long to wait between attempts to record a release while the database cannot be
 * reached (the attempts go on until it answers), and how long such an outage may last before /health says DOWN.
 */
@ConfigurationProperties("tracker.intake")
record IntakeSettings(@Bindable(defaultValue = "1s") Duration retryBackoff,
                    @Bindable(defaultValue = "1m") Duration retryMaxBackoff,
                    @Bindable(defaultValue = "30s") Duration unhealthyAfter) {
}
