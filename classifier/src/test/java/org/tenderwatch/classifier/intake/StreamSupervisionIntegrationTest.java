package org.tenderwatch.classifier.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.json.JsonMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.classifier.testing.ClassifierTest;
import org.tenderwatch.classifier.testing.RunningClassifier;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.classifier.supervise.StreamSupervisor;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Errors that end a stream thread, through the real broker: the thread is replaced, or health says why it cannot be. */
class StreamSupervisionIntegrationTest {

    /** The notice the faulty judge fails on (its OCID). */
    private static final String POISONED = "test.faults.ocid=ocds-h6vhtk-05a419";

    private final NoticeFetched poisoned = SharedData.notice("releases/reconstructed/ocds-h6vhtk-05a419.json");
    private final NoticeFetched healthy = SharedData.notice(
            "releases/contracts-finder/ocds-b5fd17-c8a577d9-28bc-4460-b3b5-a97a4fa6dfe8__f5d03132-70f5-425d-81b9-66ebd0ada77a-552163.json");

    @Test
    @ClassifierTest(properties = {POISONED, "test.faults.error=stack-overflow"})
    void aNoticeThatKeepsKillingTheThreadIsDeadLetteredAfterThreeAttemptsAndTheRestFlowsOn(RunningClassifier classifier,
                                                                                          Publisher publisher) throws Exception {
        String fetched = classifier.intakeTopic();
        JsonMapper json = classifier.bean(JsonMapper.class);
        publisher.publish(poisoned);
        publisher.publish(healthy);
        List<ConsumerRecord<String, String>> letters = Records.read(classifier.deadLetterTopic(), 1);
        DeadLetter letter = json.readValue(letters.get(0).value(), DeadLetter.class);
        assertThat(letters.get(0).key()).isEqualTo(poisoned.ocid());
        assertThat(letter.error()).contains("took the classification down 3 times", "StackOverflowError", fetched + "-");
        assertThat(letter.payload()).isEqualTo(json.writeValueAsString(poisoned));

        List<ConsumerRecord<String, String>> results = Records.read(classifier.classifiedTopic(), 1);
        assertThat(results).hasSize(1);
        assertThat(json.readValue(results.get(0).value(), NoticeClassified.class).notice().releaseId())
                .isEqualTo(healthy.releaseId());

        MeterRegistry meters = classifier.bean(MeterRegistry.class);
        assertThat(meters.counter("tenderwatch.classifier.stream.thread.failures").count()).isEqualTo(3.0);
        assertThat(meters.counter("tenderwatch.classifier.stream.thread.replacements").count()).isEqualTo(3.0);
        assertThat(meters.counter("tenderwatch.classifier.dead.letters", "reason", "repeated-failure").count()).isEqualTo(1.0);
        assertThat(status(classifier, "/health/liveness")).isEqualTo(200);
        assertThat(status(classifier, "/health/readiness")).isEqualTo(200);
    }

    @Test
    @ClassifierTest(properties = {POISONED, "test.faults.error=out-of-memory"})
    void runningOutOfMemoryStopsProcessingAndHealthSaysDownWithTheReason(RunningClassifier classifier, Publisher publisher) {
        String fetched = classifier.intakeTopic();
        assertThat(status(classifier, "/health/liveness")).isEqualTo(200);

        publisher.publish(poisoned);

        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).until(() -> status(classifier, "/health/liveness") == 503);
        assertThat(status(classifier, "/health/readiness")).isEqualTo(503);
        assertThat(status(classifier, "/health")).isEqualTo(503);
        assertThat(classifier.bean(StreamSupervisor.class).stoppedBecause()).hasValueSatisfying(
                reason -> assertThat(reason).contains("the JVM failed", "OutOfMemoryError", fetched + "-"));
        MeterRegistry meters = classifier.bean(MeterRegistry.class);
        assertThat(meters.get("tenderwatch.classifier.processing.stopped").gauge().value()).isEqualTo(1.0);
    }

    private static int status(RunningClassifier classifier, String path) {
        return classifier.get(path).statusCode();
    }
}
