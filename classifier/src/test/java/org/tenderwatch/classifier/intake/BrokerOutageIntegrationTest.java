package org.tenderwatch.classifier.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.embedded.EmbeddedKafka;
import org.tenderwatch.embedded.FreePorts;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The broker restarts under a running classifier: processing resumes by itself, nothing is dead-lettered or stopped. */
class BrokerOutageIntegrationTest {

    @TempDir
    Path data;

    @Test
    void goesOnAfterABrokerRestartWithoutDeadLetteringOrStopping() throws Exception {
        int port = FreePorts.next();
        String bootstrap = "127.0.0.1:" + port;
        NoticeFetched first = SharedData.notice("releases/reconstructed/ocds-h6vhtk-05a419.json");
        NoticeFetched second = SharedData.notice(
                "releases/contracts-finder/ocds-b5fd17-c8a577d9-28bc-4460-b3b5-a97a4fa6dfe8__f5d03132-70f5-425d-81b9-66ebd0ada77a-552163.json");
        EmbeddedKafka broker = EmbeddedKafka.start(data, port);
        try (ApplicationContext classifier = ApplicationContext.run(Map.of(
                "kafka.bootstrap.servers", bootstrap, "micronaut.server.port", -1,
                "classifier.intake.group-id", "classifier-outage",
                "kafka.streams.default.session.timeout.ms", "6000",
                "kafka.streams.default.heartbeat.interval.ms", "1000"), "test")) {
            JsonMapper json = classifier.getBean(JsonMapper.class);
            send(bootstrap, first.ocid(), json.writeValueAsString(first));
            assertThat(read(bootstrap, "notices.classified.v1", 1)).hasSize(1);

            // The broker stops and starts again (seconds, as in a rolling restart) under the running classifier.
            broker.close();
            broker = EmbeddedKafka.start(data, port);

            send(bootstrap, second.ocid(), json.writeValueAsString(second));
            List<ConsumerRecord<String, String>> classified = read(bootstrap, "notices.classified.v1", 2);
            assertThat(json.readValue(classified.get(1).value(), NoticeClassified.class).category())
                    .isEqualTo(Category.NONCLINICAL_OUTSOURCING);
            MeterRegistry meters = classifier.getBean(MeterRegistry.class);
            assertThat(meters.find("tenderwatch.classifier.dead.letters").counters()).isEmpty();
            assertThat(meters.get("tenderwatch.classifier.processing.stopped").gauge().value()).isZero();
        } finally {
            broker.close();
        }
    }

    private static void send(String bootstrap, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("notices.fetched.v1", key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> read(String bootstrap, String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().dontCatchUncaughtExceptions().atMost(Duration.ofMinutes(3)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        return records;
    }
}
