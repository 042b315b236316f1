package org.tenderwatch.testing;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.tenderwatch.embedded.SharedTestInfrastructure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Topics on the shared test broker. */
public final class Topics {

    private Topics() {
    }

    /** One partition, so that the order of records in a test is the order they are consumed in. */
    public static void create(String topic) {
        try (AdminClient client = AdminClient.create(Map.of("bootstrap.servers", SharedTestInfrastructure.kafka().bootstrapServers()))) {
            client.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic, e);
            }
        }
    }
}
