package org.tenderwatch.fetcher.supervision;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** {@code /health/liveness}: a fetcher whose worker died or stalled is restarted by its platform. */
@Singleton
@Liveness
class WorkersLiveness implements HealthIndicator {

    private final Workers workers;

    WorkersLiveness(Workers workers) {
        this.workers = workers;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(WorkersHealth.of("workersAlive", workers));
    }
}
