package org.tenderwatch.notifier.supervision;

import jakarta.inject.Singleton;

/** In {@code /health} and {@code /health/readiness}: a notifier with a stopped worker should take no traffic. */
@Singleton
class WorkersReadiness extends WorkersHealth {

    WorkersReadiness(Supervisor supervisor) {
        super(supervisor);
    }
}
