package org.tenderwatch.notifier.testing;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.tenderwatch.embedded.SharedTestInfrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/** Everything a notifier needs to run in a test, as properties only: its own topic and database, fast retries. */
public final class NotifierProperties {

    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";

    private NotifierProperties() {
    }

    public static Map<String, Object> of(String topic, int smtpPort) {
        createTopic(topic);
        Map<String, Object> p = new HashMap<>(SharedTestInfrastructure.kafkaProperties());
        p.putAll(SharedTestInfrastructure.freshDatasourceProperties("notifier"));
        p.put("notifier.intake.topic", topic);
        p.put("notifier.security.signing-secret", "test-signing-secret-with-more-than-32-characters");
        p.put("notifier.security.admin-token", ADMIN_TOKEN);
        p.put("notifier.public-url", "http://notifier.test");
        p.put("notifier.matching.refresh-interval", "1s");
        p.put("notifier.delivery.poll-interval", "50ms");
        p.put("notifier.delivery.initial-backoff", "200ms");
        p.put("notifier.delivery.max-backoff", "1s");
        p.put("notifier.channels.email.port", String.valueOf(smtpPort));
        p.put("notifier.digest.check-interval", "1h");
        // Alerts go out as soon as a worker takes them; the gather window has tests of its own.
        p.put("notifier.threads.gather-window", "0s");
        // Each alert is its own Slack post however many wait (a restart can leave ten pending); bursts have tests of their own.
        p.put("notifier.volume.burst-threshold", "1000000");
        return p;
    }

    /** One partition, so that the order of records in a test is the order they are consumed in. */
    public static void createTopic(String topic) {
        Properties admin = new Properties();
        admin.put("bootstrap.servers", SharedTestInfrastructure.kafka().bootstrapServers());
        try (AdminClient client = AdminClient.create(admin)) {
            client.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic, e);
            }
        }
    }
}
