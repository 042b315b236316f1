package org.tenderwatch.notifier;

import org.tenderwatch.notifier.testing.NotifierProperties;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.notifier.testing.RunningNotifier;
import org.tenderwatch.testing.HealthContract;

/** The notifier keeps the health contract every service keeps; its own dependency is its database. */
@NotifierTest
class NotifierHealthIntegrationTest extends HealthContract {

    NotifierHealthIntegrationTest(RunningNotifier notifier) {
        // No mail goes out in the outage: SMTP port 1 is never dialled.
        super(notifier, "notifier", Dependency.DATABASE, () -> NotifierProperties.of("notices.classified.notifier-health-outage", 1));
    }
}
