package org.tenderwatch.classifier.intake;

import jakarta.inject.Singleton;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Creates the classifier's topics that do not exist yet (with the broker's default partitions), when
 * {@code classifier.intake.create-topics} is on: Kafka Streams does not wait for a missing input topic, it fails,
 * and on a local stack the classifier may start before the fetcher published anything.
 */
@Singleton
class TopicsAtStart {

    private static final Logger LOG = LoggerFactory.getLogger(TopicsAtStart.class);

    private final IntakeSettings settings;

    TopicsAtStart(IntakeSettings settings) {
        this.settings = settings;
    }

    void ensure(Properties kafka, String... topics) {
        if (!settings.createTopics()) {
            return;
        }
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        try (Admin client = Admin.create(admin)) {
            Set<String> existing = client.listTopics().names().get();
            List<NewTopic> missing = Arrays.stream(topics).distinct().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, Optional.empty(), Optional.empty())).toList();
            if (!missing.isEmpty()) {
                LOG.info("creating topics {}", missing.stream().map(NewTopic::name).toList());
                client.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create the topics " + Arrays.toString(topics) + ": " + e.getCause(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the topics " + Arrays.toString(topics), e);
        }
    }
}
