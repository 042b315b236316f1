package org.tenderwatch.fetcher.supervision;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** {@code /health} and {@code /health/readiness}: the same verdict as liveness, so neither probe says UP alone. */
@Singleton
class WorkersReadiness implements HealthIndicator {

    private final Workers workers;

    WorkersReadiness(Workers workers) {
        this.workers = workers;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(WorkersHealth.of("workers", workers));
    }
}
