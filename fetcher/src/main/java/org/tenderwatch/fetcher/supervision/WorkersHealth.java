package org.tenderwatch.fetcher.supervision;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The health result both probes share: DOWN with the reasons when a worker died or stalled. */
final class WorkersHealth {

    private WorkersHealth() {
    }

    static HealthResult of(String name, Workers workers) {
        List<String> problems = workers.problems();
        Map<String, Object> details = new LinkedHashMap<>();
        if (!problems.isEmpty()) {
            details.put("reasons", problems);
        }
        workers.states().forEach(state -> details.put(state.name(), state.details()));
        return HealthResult.builder(name, problems.isEmpty() ? HealthStatus.UP : HealthStatus.DOWN).details(details).build();
    }
}
