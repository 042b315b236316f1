package org.tenderwatch.notifier.intake;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param gatherWindow how long an instant alert waits for more releases of its procurement before it goes out: a direct
 *                     award is published as several notices within minutes, and they make one message. Zero sends
 *                     each release's alert on its own, at once.
 */
@ConfigurationProperties("notifier.threads")
record ThreadSettings(@Bindable(defaultValue = "2m") Duration gatherWindow) {
}
