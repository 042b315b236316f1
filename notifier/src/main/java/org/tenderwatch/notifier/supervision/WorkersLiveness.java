package org.tenderwatch.notifier.supervision;

import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;

/**
 * In {@code /health/liveness}: a stopped worker does not come back by itself, so the platform should restart the
 * service; at-least-once intake and the outbox's leases carry on where it stopped.
 */
@Singleton
@Liveness
class WorkersLiveness extends WorkersHealth {

    WorkersLiveness(Supervisor supervisor) {
        super(supervisor);
    }
}
