package org.tenderwatch.fetcher.publish;

import jakarta.inject.Singleton;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.fetcher.deadletter.DeadLetterTopic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the fetcher's topics and waits for their partition leaders before the first send. Left to the
 * broker's auto-creation, the first batch can meet a partition without a leader yet, and an idempotent producer
 * whose first batch fails while later ones land is stuck retrying an out-of-order sequence. The dead letters reach
 * their topic through it too ({@link DeadLetterTopic}).
 */
@Singleton
class PublishTopics implements DeadLetterTopic {

    private static final Logger LOG = LoggerFactory.getLogger(PublishTopics.class);

    private final AdminClient admin;
    private final PublishSettings settings;
    private volatile boolean ready;

    PublishTopics(AdminClient admin, PublishSettings settings) {
        this.admin = admin;
        this.settings = settings;
    }

    /** Returns once the topics exist with leaders; on failure logs and leaves creation to the broker, retried next time. */
    @Override
    public synchronized void ensure() {
        if (ready) {
            return;
        }
        List<String> names = List.of(settings.topic(), settings.deadLetterTopic());
        try {
            for (String name : names) {
                create(name);
            }
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            ready = topics.values().stream().allMatch(t -> t.partitions().stream().allMatch(p -> p.leader() != null));
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("could not make sure topics {} exist: {}", names, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String name() {
        return settings.deadLetterTopic();
    }

    @Override
    public int maxPayloadChars() {
        return settings.maxReleaseChars();
    }

    private void create(String name) throws ExecutionException, InterruptedException, TimeoutException {
        try {
            admin.createTopics(List.of(new NewTopic(name, Optional.of(settings.partitions()), Optional.empty())))
                    .all().get(30, TimeUnit.SECONDS);
            LOG.info("created topic {} with {} partitions", name, settings.partitions());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
