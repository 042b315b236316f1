package org.tenderwatch.classifier.intake;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.classifier.procurement.Releases;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Stage;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procurement state through the real broker and across a restart: the second classifier starts with an empty
 * state folder, so what it knows of the tender comes from the changelog topic.
 */
class ProcurementStateIntegrationTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String group = "classifier-state-" + run;
    private final String fetched = "notices.fetched.v1.state-" + run;
    private final String classified = "notices.classified.v1.state-" + run;

    @Test
    void aThinAwardAfterARestartIsJudgedWithWhatItsTenderSaidAndSaysWhatChanged() throws Exception {
        NoticeFetched tender = Releases.dated(SharedData.notice("releases/reconstructed/ocds-h6vhtk-05a419.json"),
                "ocds-h6vhtk-05a419-tender", OffsetDateTime.parse("2025-06-02T09:00:00Z"), List.of("tender"));
        NoticeFetched award = Releases.thinAward(tender, "Contract award YSTH",
                SharedData.notice("releases/reconstructed/ocds-h6vhtk-06ad30.json").awards(),
                OffsetDateTime.parse("2025-09-15T09:00:00Z"));

        try (ApplicationContext first = ApplicationContext.run(properties(), "test")) {
            Records.send(fetched, tender.ocid(), first.getBean(JsonMapper.class).writeValueAsString(tender));
            Records.read(classified, 1);
        }
        try (ApplicationContext second = ApplicationContext.run(properties(), "test")) {
            JsonMapper json = second.getBean(JsonMapper.class);
            Records.send(fetched, award.ocid(), json.writeValueAsString(award));

            List<ConsumerRecord<String, String>> records = Records.read(classified, 2);
            NoticeClassified awarded = json.readValue(records.get(1).value(), NoticeClassified.class);
            assertThat(records.get(1).key()).isEqualTo(award.ocid());
            assertThat(awarded.notice()).isEqualTo(award);
            assertThat(awarded.stage()).isEqualTo(Stage.AWARD);
            assertThat(awarded.category()).isEqualTo(Category.CLINICAL_INSOURCING);
            assertThat(awarded.previousCategory()).isEqualTo(Category.CLINICAL_INSOURCING);
            assertThat(awarded.changes()).contains("stage: tender → award");
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Records.bootstrap()))) {
            assertThat(admin.listTopics().names().get()).contains(group + "-procurements-changelog");
        }
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(SharedTestInfrastructure.kafkaProperties());
        properties.put("classifier.intake.topic", fetched);
        properties.put("classifier.intake.group-id", group);
        properties.put("classifier.publish.topic", classified);
        properties.put("classifier.publish.dead-letter-topic", "notices.fetched.v1.dlq.state-" + run);
        // A closed Kafka Streams client does not leave its group: the restarted one gets the partitions after this.
        properties.put("kafka.streams.default.session.timeout.ms", "6000");
        properties.put("kafka.streams.default.heartbeat.interval.ms", "1000");
        return properties;
    }
}
