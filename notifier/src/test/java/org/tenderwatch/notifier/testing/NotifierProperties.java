package org.tenderwatch.notifier.testing;

import org.tenderwatch.testing.Topics;
import org.tenderwatch.testing.ServiceProperties;

import java.util.Map;

/** Everything a notifier needs to run in a test, as properties only: its own topic and database, fast retries. */
public final class NotifierProperties {

    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";

    private NotifierProperties() {
    }

    public static Map<String, Object> of(String topic, int smtpPort) {
        Topics.create(topic);
        return ServiceProperties.onSharedKafka().withFreshDatabase("notifier")
                .with("notifier.intake.topic", topic)
                .with("notifier.security.signing-secret", "test-signing-secret-with-more-than-32-characters")
                .with("notifier.security.admin-token", ADMIN_TOKEN)
                .with("notifier.public-url", "http://notifier.test")
                .with("notifier.matching.refresh-interval", "1s")
                .with("notifier.delivery.poll-interval", "50ms")
                .with("notifier.delivery.initial-backoff", "200ms")
                .with("notifier.delivery.max-backoff", "1s")
                .with("notifier.channels.email.port", String.valueOf(smtpPort))
                .with("notifier.digest.check-interval", "1h")
                // Alerts go out as soon as a worker takes them; the gather window has tests of its own.
                .with("notifier.threads.gather-window", "0s")
                // Each alert is its own Slack post however many wait (a restart can leave ten pending); bursts have tests of their own.
                .with("notifier.volume.burst-threshold", "1000000")
                .build();
    }
}
