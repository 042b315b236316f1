package org.tenderwatch.management;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The monitoring token ({@code MONITORING_TOKEN}, from the environment only): a bearer token that reads health
 * details and the Prometheus metrics and nothing else, so Prometheus can hold it without being able to change
 * anything. Empty: metrics and details are closed to everyone; anonymous callers still get UP or DOWN.
 */
@ConfigurationProperties("tenderwatch.monitoring")
public record MonitoringSettings(@Bindable(defaultValue = "") String token) {

    @Override
    public String toString() {
        return "MonitoringSettings[token " + (token == null || token.isBlank() ? "not set" : "hidden") + "]";
    }
}
