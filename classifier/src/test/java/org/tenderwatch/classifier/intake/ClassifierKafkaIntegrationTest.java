package org.tenderwatch.classifier.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Real releases through the real broker: each classified and keyed by its OCID, a poison message dead-lettered, the rest flowing on. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassifierKafkaIntegrationTest implements TestPropertyProvider {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String fetched = "notices.fetched.v1.it-" + run;
    private final String classified = "notices.classified.v1.it-" + run;
    private final String deadLetters = "notices.fetched.v1.dlq.it-" + run;

    @Inject
    JsonMapper json;

    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(SharedTestInfrastructure.kafkaProperties());
        properties.put("classifier.intake.topic", fetched);
        properties.put("classifier.intake.group-id", "classifier-it-" + run);
        properties.put("classifier.publish.topic", classified);
        properties.put("classifier.publish.dead-letter-topic", deadLetters);
        properties.put("kafka.streams.default.commit.interval.ms", "50");
        return properties;
    }

    @Test
    void classifiesRealReleasesAndDeadLettersAPoisonMessageWithoutStopping() throws Exception {
        NoticeFetched insourcing = SharedData.notice("releases/reconstructed/ocds-h6vhtk-05a419.json");
        NoticeFetched laundry = SharedData.notice("releases/contracts-finder/ocds-b5fd17-c8a577d9-28bc-4460-b3b5-a97a4fa6dfe8__f5d03132-70f5-425d-81b9-66ebd0ada77a-552163.json");
        Records.send(fetched, insourcing.ocid(), json.writeValueAsString(insourcing));
        Records.send(fetched, "poison-key", "{\"ocid\": \"not closed");
        Records.send(fetched, laundry.ocid(), json.writeValueAsString(laundry));

        List<ConsumerRecord<String, String>> results = Records.read(classified, 2);
        assertThat(results).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(insourcing.ocid(), laundry.ocid());
        Map<String, NoticeClassified> byOcid = new HashMap<>();
        for (ConsumerRecord<String, String> record : results) {
            byOcid.put(record.key(), json.readValue(record.value(), NoticeClassified.class));
        }
        NoticeClassified first = byOcid.get(insourcing.ocid());
        assertThat(first.category()).isEqualTo(Category.CLINICAL_INSOURCING);
        assertThat(first.reasons()).isNotEmpty();
        assertThat(first.notice().release()).isEqualTo(insourcing.release());
        assertThat(byOcid.get(laundry.ocid()).category()).isEqualTo(Category.NONCLINICAL_OUTSOURCING);

        List<ConsumerRecord<String, String>> dead = Records.read(deadLetters, 1);
        DeadLetter letter = json.readValue(dead.get(0).value(), DeadLetter.class);
        assertThat(dead.get(0).key()).isEqualTo("poison-key");
        assertThat(letter.stage()).isEqualTo("classifier");
        assertThat(letter.kind()).isEqualTo(DeadLetterKind.INVALID_JSON);
        assertThat(letter.payload()).isEqualTo("{\"ocid\": \"not closed");
        assertThat(letter.error()).startsWith("not a NoticeFetched in JSON").contains(fetched + "-");

        assertThat(meters.counter("tenderwatch.classifier.dead.letters", "reason", "invalid-json").count()).isEqualTo(1.0);
        assertThat(meters.counter("tenderwatch.classifier.notices", "category", "clinical_insourcing").count()).isEqualTo(1.0);
        // Every reason given is counted under the name of each rule it stands for ("rule-a, rule-b": one line per
        // piece of evidence).
        assertThat(first.reasons()).allSatisfy(reason -> assertThat(reason.rule().split(", ")).allSatisfy(rule -> assertThat(
                meters.counter("tenderwatch.classifier.rule.hits", "rule", rule).count()).isGreaterThanOrEqualTo(1.0)));
        assertThat(meters.counter("tenderwatch.classifier.rule.hits", "rule", "insourcing-wording").count()).isGreaterThanOrEqualTo(1.0);
        assertThat(meters.timer("tenderwatch.classifier.classification").count()).isEqualTo(2);
    }

}
