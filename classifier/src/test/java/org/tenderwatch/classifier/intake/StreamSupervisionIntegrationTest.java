package org.tenderwatch.classifier.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.classifier.supervise.StreamSupervisor;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Errors that end a stream thread, through the real broker: the thread is replaced, or health says why it cannot be. */
class StreamSupervisionIntegrationTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String fetched = "notices.fetched.v1.sup-" + run;
    private final String classified = "notices.classified.v1.sup-" + run;
    private final String deadLetters = "notices.fetched.v1.dlq.sup-" + run;
    private final NoticeFetched poisoned = SharedData.notice("releases/reconstructed/ocds-h6vhtk-05a419.json");
    private final NoticeFetched healthy = SharedData.notice(
            "releases/contracts-finder/ocds-b5fd17-c8a577d9-28bc-4460-b3b5-a97a4fa6dfe8__f5d03132-70f5-425d-81b9-66ebd0ada77a-552163.json");

    @Test
    void aNoticeThatKeepsKillingTheThreadIsDeadLetteredAfterThreeAttemptsAndTheRestFlowsOn() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties("stack-overflow"), "test")) {
            JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
            Records.send(fetched, poisoned.ocid(), json.writeValueAsString(poisoned));
            Records.send(fetched, healthy.ocid(), json.writeValueAsString(healthy));

            List<ConsumerRecord<String, String>> letters = Records.read(deadLetters, 1);
            DeadLetter letter = json.readValue(letters.get(0).value(), DeadLetter.class);
            assertThat(letters.get(0).key()).isEqualTo(poisoned.ocid());
            assertThat(letter.error()).contains("took the classification down 3 times", "StackOverflowError", fetched + "-");
            assertThat(letter.payload()).isEqualTo(json.writeValueAsString(poisoned));

            List<ConsumerRecord<String, String>> results = Records.read(classified, 1);
            assertThat(results).hasSize(1);
            assertThat(json.readValue(results.get(0).value(), NoticeClassified.class).notice().releaseId())
                    .isEqualTo(healthy.releaseId());

            MeterRegistry meters = server.getApplicationContext().getBean(MeterRegistry.class);
            assertThat(meters.counter("tenderwatch.classifier.stream.thread.failures").count()).isEqualTo(3.0);
            assertThat(meters.counter("tenderwatch.classifier.stream.thread.replacements").count()).isEqualTo(3.0);
            assertThat(meters.counter("tenderwatch.classifier.dead.letters", "reason", "repeated-failure").count()).isEqualTo(1.0);
            assertThat(status(server, "/health/liveness")).isEqualTo(200);
            assertThat(status(server, "/health/readiness")).isEqualTo(200);
        }
    }

    @Test
    void runningOutOfMemoryStopsProcessingAndHealthSaysDownWithTheReason() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties("out-of-memory"), "test")) {
            JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
            assertThat(status(server, "/health/liveness")).isEqualTo(200);

            Records.send(fetched, poisoned.ocid(), json.writeValueAsString(poisoned));

            await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).until(() -> status(server, "/health/liveness") == 503);
            assertThat(status(server, "/health/readiness")).isEqualTo(503);
            assertThat(status(server, "/health")).isEqualTo(503);
            assertThat(server.getApplicationContext().getBean(StreamSupervisor.class).stoppedBecause()).hasValueSatisfying(
                    reason -> assertThat(reason).contains("the JVM failed", "OutOfMemoryError", fetched + "-"));
            MeterRegistry meters = server.getApplicationContext().getBean(MeterRegistry.class);
            assertThat(meters.get("tenderwatch.classifier.processing.stopped").gauge().value()).isEqualTo(1.0);
        }
    }

    private Map<String, Object> properties(String fault) {
        Map<String, Object> properties = new HashMap<>(SharedTestInfrastructure.kafkaProperties());
        properties.put("micronaut.server.port", -1);
        properties.put("classifier.intake.topic", fetched);
        properties.put("classifier.intake.group-id", "classifier-sup-" + run);
        properties.put("classifier.publish.topic", classified);
        properties.put("classifier.publish.dead-letter-topic", deadLetters);
        properties.put("test.faults.ocid", poisoned.ocid());
        properties.put("test.faults.error", fault);
        return properties;
    }

    private static int status(EmbeddedServer server, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
