package org.tenderwatch.classifier.testing;

import org.tenderwatch.testing.RunningService;
import org.tenderwatch.testing.ServiceProperties;

import java.util.Map;
import java.util.UUID;

/** A whole classifier started from properties only, on topics and a consumer group of its own. */
public final class RunningClassifier extends RunningService {

    public RunningClassifier(Map<String, Object> properties) {
        super(properties);
    }

    /** The shared broker, fresh topics and group (so no other test's notices or procurement state reach it), quick commits. */
    public static Map<String, Object> properties() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return ServiceProperties.onSharedKafka()
                .with("classifier.intake.topic", "notices.fetched.v1.test-" + run)
                .with("classifier.intake.group-id", "classifier-test-" + run)
                .with("classifier.publish.topic", "notices.classified.v1.test-" + run)
                .with("classifier.publish.dead-letter-topic", "notices.fetched.v1.dlq.test-" + run)
                .build();
    }

    public String intakeTopic() {
        return context().getRequiredProperty("classifier.intake.topic", String.class);
    }

    public String classifiedTopic() {
        return context().getRequiredProperty("classifier.publish.topic", String.class);
    }

    public String deadLetterTopic() {
        return context().getRequiredProperty("classifier.publish.dead-letter-topic", String.class);
    }
}
