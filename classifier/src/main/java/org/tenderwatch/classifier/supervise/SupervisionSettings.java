package org.tenderwatch.classifier.supervise;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code classifier.supervision.*}.
 *
 * @param maxAttempts     times one record may take a stream thread down before it is dead-lettered instead
 * @param maxReplacements stream threads replaced within {@code window} before processing is stopped for good: a
 *                        failure that no replacement mends (not a broker outage, which Kafka's own timeouts space out
 *                        by minutes) should restart the service, not spin
 * @param window          the period {@code maxReplacements} is counted over
 */
@ConfigurationProperties("classifier.supervision")
public record SupervisionSettings(@Bindable(defaultValue = "3") int maxAttempts,
                                  @Bindable(defaultValue = "10") int maxReplacements,
                                  @Bindable(defaultValue = "10m") Duration window) {
}
