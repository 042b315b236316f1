package org.tenderwatch.notifier.intake;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code notifier.intake.*}: how long to wait between attempts to record a notice's alerts while the database
 * cannot be reached. The attempts go on until it answers.
 */
@ConfigurationProperties("notifier.intake")
record IntakeConfig(@Bindable(defaultValue = "1s") Duration retryBackoff,
                    @Bindable(defaultValue = "1m") Duration retryMaxBackoff) {
}
