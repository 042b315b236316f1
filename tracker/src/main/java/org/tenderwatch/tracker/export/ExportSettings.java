package org.tenderwatch.tracker.export;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code tracker.exports.*}: how many exports may stream at once (more are refused with a 503, never queued without
 * end), how long one may run, and how many entries a feed carries.
 */
@ConfigurationProperties("tracker.exports")
record ExportSettings(@Bindable(defaultValue = "4") int concurrent,
                    @Bindable(defaultValue = "10m") Duration queryTimeout,
                    @Bindable(defaultValue = "50") int feedEntries) {
}
