package org.tenderwatch.tracker.testing;

import org.tenderwatch.testing.ServiceProperties;
import org.tenderwatch.testing.Topics;

import java.util.Map;

/** Everything a tracker needs to run in a test, as properties only: its own topic and database, fast retries. */
public final class TrackerProperties {

    public static final String PUBLIC_URL = "http://tracker.test";

    private TrackerProperties() {
    }

    public static Map<String, Object> of(String topic) {
        Topics.create(topic);
        return ServiceProperties.onSharedKafka().withFreshDatabase("tracker")
                .with("tracker.intake.topic", topic)
                .with("tracker.public-url", PUBLIC_URL)
                .with("tracker.alerts-url", "http://notifier.test/")
                .with("tracker.intake.retry-backoff", "100ms")
                .with("tracker.intake.retry-max-backoff", "500ms")
                .with("tracker.intake.unhealthy-after", "1s")
                .build();
    }
}
