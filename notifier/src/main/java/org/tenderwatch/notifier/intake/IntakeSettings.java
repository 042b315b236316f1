package org.tenderwatch.notifier.intake;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code notifier.intake.*}: how long to wait between attempts to record a notice's alerts while the database
 * cannot be reached (the attempts go on until it answers), and how long the consumer may go without polling,
 * outside a record, before /health says it is stalled.
 */
@ConfigurationProperties("notifier.intake")
record IntakeSettings(@Bindable(defaultValue = "1s") Duration retryBackoff,
                    @Bindable(defaultValue = "1m") Duration retryMaxBackoff,
                    @Bindable(defaultValue = "2m") Duration stalledAfter) {
}
