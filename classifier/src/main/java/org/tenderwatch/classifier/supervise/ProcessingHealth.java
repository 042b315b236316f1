package org.tenderwatch.classifier.supervise;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.LinkedHashMap;
import java.util.Map;

/** Readiness (and {@code /health}): DOWN with the reason once classification has stopped for good. */
@Singleton
class ProcessingHealth implements HealthIndicator {

    static final String NAME = "classification";

    private final StreamSupervisor supervisor;

    ProcessingHealth(StreamSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(result(NAME, supervisor));
    }

    static HealthResult result(String name, StreamSupervisor supervisor) {
        Map<String, Object> details = new LinkedHashMap<>();
        supervisor.stoppedBecause().ifPresent(reason -> details.put("stoppedBecause", reason));
        details.put("threadsReplaced", supervisor.replaced());
        supervisor.lastFailure().ifPresent(failure -> details.put("lastFailure", failure));
        return HealthResult.builder(name, supervisor.stoppedBecause().isPresent() ? HealthStatus.DOWN : HealthStatus.UP)
                .details(details).build();
    }
}
