package org.tenderwatch.classifier.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.ocds.ReleaseNormaliser;
import org.tenderwatch.ocds.Sources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A classification larger than a record may be is dead-lettered, and the stream goes on. The input is a real release
 * whose description is repeated until its classification passes the producer's 1 MiB limit; the intake topic takes
 * larger records (as a topic configured so would), so only the classification is too large. Published as it was,
 * the broker would refuse it, the transaction would abort, and the same notice would fail at every attempt: the
 * notice after it would never be classified.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TooLargeClassificationIntegrationTest implements TestPropertyProvider {

    private static final int PRODUCER_LIMIT = 1_048_576;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String fetched = "notices.fetched.v1.large-" + run;
    private final String classified = "notices.classified.v1.large-" + run;
    private final String deadLetters = "notices.fetched.v1.dlq.large-" + run;

    @Inject
    JsonMapper json;

    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> getProperties() {
        // Created before the classifier starts, so that its own creation of missing topics leaves this one alone.
        createTopicTakingLargeRecords(fetched);
        Map<String, String> properties = new HashMap<>(SharedTestInfrastructure.kafkaProperties());
        properties.put("classifier.intake.topic", fetched);
        properties.put("classifier.intake.group-id", "classifier-large-" + run);
        properties.put("classifier.publish.topic", classified);
        properties.put("classifier.publish.dead-letter-topic", deadLetters);
        properties.put("kafka.streams.default.commit.interval.ms", "50");
        return properties;
    }

    @Test
    void aClassificationTooLargeToPublishIsDeadLetteredAndTheNextNoticeIsClassified() throws Exception {
        NoticeFetched huge = withDescriptionRepeated("releases/reconstructed/ocds-h6vhtk-05a419.json", 1000);
        String hugeJson = json.writeValueAsString(huge);
        assertThat(hugeJson.getBytes(StandardCharsets.UTF_8).length).as("its classification cannot be smaller")
                .isGreaterThan(PRODUCER_LIMIT);
        NoticeFetched next = SharedData.notice("releases/contracts-finder/ocds-b5fd17-c8a577d9-28bc-4460-b3b5-a97a4fa6dfe8__f5d03132-70f5-425d-81b9-66ebd0ada77a-552163.json");
        sendLarge(fetched, huge.ocid(), hugeJson);
        Records.send(fetched, next.ocid(), json.writeValueAsString(next));

        List<ConsumerRecord<String, String>> dead = Records.read(deadLetters, 1);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).key()).isEqualTo(huge.ocid());
        DeadLetter letter = json.readValue(dead.get(0).value(), DeadLetter.class);
        assertThat(letter.kind()).isEqualTo(DeadLetterKind.TOO_LARGE);
        assertThat(letter.stage()).isEqualTo("classifier");
        assertThat(letter.ocid()).isEqualTo(huge.ocid());
        assertThat(letter.releaseId()).isEqualTo(huge.releaseId());
        assertThat(letter.error()).contains("larger than the 1000000 bytes a record may have").contains(fetched + "-");
        assertThat(dead.get(0).value().getBytes(StandardCharsets.UTF_8).length).as("the dead letter itself fits")
                .isLessThanOrEqualTo(1_000_000);

        List<ConsumerRecord<String, String>> results = Records.read(classified, 1);
        assertThat(results).extracting(ConsumerRecord::key).containsExactly(next.ocid());
        assertThat(json.readValue(results.get(0).value(), NoticeClassified.class).releaseId()).isEqualTo(next.releaseId());
        assertThat(meters.counter("tenderwatch.classifier.dead.letters", "reason", "too-large").count()).isEqualTo(1.0);
    }

    /** A real release as the fetcher would normalise it, its tender description said {@code times} over. */
    private static NoticeFetched withDescriptionRepeated(String relative, int times) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode release = (ObjectNode) mapper.readTree(Files.readString(
                SharedData.root().resolve("labelled").resolve(relative), StandardCharsets.UTF_8));
        ObjectNode tender = (ObjectNode) release.get("tender");
        tender.put("description", (tender.path("description").asText() + " ").repeat(times));
        return new ReleaseNormaliser().normalise(Sources.REPLAY, mapper.writeValueAsString(release)).notice();
    }

    private static void createTopicTakingLargeRecords(String topic) {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Records.bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(4 * PRODUCER_LIMIT))))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not create " + topic, e);
        }
    }

    private static void sendLarge(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Records.bootstrap(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(4 * PRODUCER_LIMIT)),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
