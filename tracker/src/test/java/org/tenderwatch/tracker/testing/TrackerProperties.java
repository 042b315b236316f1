package org.tenderwatch.tracker.testing;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.tenderwatch.embedded.SharedTestInfrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/** Everything a tracker needs to run in a test, as properties only: its own topic and database, fast retries. */
public final class TrackerProperties {

    public static final String PUBLIC_URL = "http://tracker.test";

    private TrackerProperties() {
    }

    public static Map<String, Object> of(String topic) {
        createTopic(topic);
        Map<String, Object> p = new HashMap<>(SharedTestInfrastructure.kafkaProperties());
        p.putAll(SharedTestInfrastructure.freshDatasourceProperties("tracker"));
        p.put("tracker.intake.topic", topic);
        p.put("tracker.public-url", PUBLIC_URL);
        p.put("tracker.alerts-url", "http://notifier.test/");
        p.put("tracker.intake.retry-backoff", "100ms");
        p.put("tracker.intake.retry-max-backoff", "500ms");
        p.put("tracker.intake.unhealthy-after", "1s");
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
