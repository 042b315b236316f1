package org.tenderwatch.classifier.supervise;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Liveness: DOWN once classification has stopped for good, so that the platform restarts the service and processing
 * resumes from the last committed record.
 */
@Singleton
@Liveness
class ProcessingLiveness implements HealthIndicator {

    private final StreamSupervisor supervisor;

    ProcessingLiveness(StreamSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(ProcessingHealth.result(ProcessingHealth.NAME + "-liveness", supervisor));
    }
}
