package org.tenderwatch.tracker.intake;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Map;

/** /health is DOWN, with the reason, while the intake cannot record releases. */
@Singleton
@Liveness
@Readiness
class IntakeHealth implements HealthIndicator {

    private final IntakeState state;
    private final IntakeSettings config;

    IntakeHealth(IntakeState state, IntakeSettings config) {
        this.state = state;
        this.config = config;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        String problem = state.problem(config.unhealthyAfter());
        HealthResult result = HealthResult.builder("trackerIntake", problem == null ? HealthStatus.UP : HealthStatus.DOWN)
                .details(problem == null ? Map.of() : Map.of("reason", problem)).build();
        return Publishers.just(result);
    }
}
