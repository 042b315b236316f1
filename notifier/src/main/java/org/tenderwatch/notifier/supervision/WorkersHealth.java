package org.tenderwatch.notifier.supervision;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import org.reactivestreams.Publisher;

import java.util.List;
import java.util.Map;

/** DOWN, with the reasons, while a worker cannot do its work. */
abstract class WorkersHealth implements HealthIndicator {

    private final Supervisor supervisor;

    WorkersHealth(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        List<String> problems = supervisor.problems();
        return Publishers.just(HealthResult.builder("workers", problems.isEmpty() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("problems", problems)).build());
    }
}
