package org.tenderwatch.classifier.publish;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.embedded.EmbeddedKafka;
import org.tenderwatch.embedded.FreePorts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A send made while no broker answers is neither lost nor given up: it completes once a broker comes up. */
class AcknowledgedSendIntegrationTest {

    @TempDir
    Path data;

    @Test
    void waitsOutABrokerOutageAndThenPublishes() throws Exception {
        int port = FreePorts.next();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        AcknowledgedSend send = new AcknowledgedSend(
                new PublishSettings("classified", "dlq", Duration.ofMillis(100), Duration.ofMillis(500)), meters);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 500,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1500), new StringSerializer(), new StringSerializer())) {

            CompletableFuture<Void> sending = CompletableFuture.runAsync(
                    () -> send.send(producer, "outage.test.v1", "ocds-h6vhtk-067fb8", "{\"category\":\"not_relevant\"}"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> meters.get("tenderwatch.classifier.publish.retries").counter().count() >= 2);
            assertThat(sending).isNotDone();

            try (EmbeddedKafka broker = EmbeddedKafka.start(data, port)) {
                await().atMost(Duration.ofSeconds(60)).until(sending::isDone);
                assertThat(sending).isCompleted();
                assertThat(readAll(broker.bootstrapServers())).singleElement()
                        .satisfies(record -> assertThat(record.key()).isEqualTo("ocds-h6vhtk-067fb8"));
            }
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String bootstrap) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "outage-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("outage.test.v1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return !records.isEmpty();
            });
        }
        return records;
    }
}
