package org.tenderwatch.classifier.intake;

import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.embedded.FreePorts;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's exactly-once: the classification, the state and the input offset commit in one transaction, so a
 * classifier killed (SIGKILL) after classifying but before committing is, for a consumer that reads committed records,
 * as if it had never run: the next instance classifies the same notices again and each is seen once.
 */
class KilledClassifierIntegrationTest {

    private static final int NOTICES = 30;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String fetched = "notices.fetched.v1.kill-" + run;
    private final String classified = "notices.classified.v1.kill-" + run;

    @TempDir
    Path logs;

    @Test
    void aClassifierKilledBeforeItsCommitLeavesNothingVisibleAndTheNextOnePublishesEachNoticeOnce() throws Exception {
        List<NoticeFetched> notices = notices();
        ObjectMapper json = ObjectMapper.getDefault();
        for (NoticeFetched notice : notices) {
            Records.send(fetched, notice.ocid(), json.writeValueAsString(notice));
        }
        List<String> releaseIds = notices.stream().map(NoticeFetched::releaseId).toList();

        // A commit interval longer than this instance lives: whatever it publishes stays in an open transaction.
        Process first = start("30000", logs.resolve("first.log"));
        try (KafkaConsumer<String, String> uncommitted = consumer("read_uncommitted");
             KafkaConsumer<String, String> committed = consumer("read_committed")) {
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await("every notice classified, not yet committed").atMost(Duration.ofSeconds(120)).until(() -> {
                uncommitted.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.size() >= NOTICES || !first.isAlive();
            });
            assertThat(first.isAlive()).as("the first classifier runs: %s", log("first.log")).isTrue();
            assertThat(pollFor(committed, Duration.ofSeconds(2))).as("nothing committed before the commit interval").isEmpty();
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            Process second = start("200", logs.resolve("second.log"));
            try {
                List<ConsumerRecord<String, String>> results = new ArrayList<>();
                await("every notice committed once by the second classifier").atMost(Duration.ofSeconds(150)).until(() -> {
                    committed.poll(Duration.ofMillis(200)).forEach(results::add);
                    return results.size() >= NOTICES;
                });
                results.addAll(pollFor(committed, Duration.ofSeconds(3)));
                List<String> published = new ArrayList<>();
                for (ConsumerRecord<String, String> r : results) {
                    published.add(json.readValue(r.value(), NoticeClassified.class).notice().releaseId());
                }
                assertThat(published).containsExactlyInAnyOrderElementsOf(releaseIds);
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            first.destroyForcibly();
        }
    }

    private List<NoticeFetched> notices() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.root().resolve("labelled/releases/contracts-finder"))) {
            return files.map(f -> f.getFileName().toString()).sorted().limit(NOTICES)
                    .map(name -> SharedData.notice("releases/contracts-finder/" + name)).toList();
        }
    }

    /** The classifier in a JVM of its own, so that it can be killed as a crash would end it. */
    private Process start(String commitIntervalMs, Path log) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-Dmicronaut.server.port=" + FreePorts.next(),
                "-Dkafka.bootstrap.servers=" + Records.bootstrap(),
                "-Dclassifier.intake.topic=" + fetched,
                "-Dclassifier.intake.group-id=classifier-kill-" + run,
                "-Dclassifier.publish.topic=" + classified,
                "-Dclassifier.publish.dead-letter-topic=" + fetched + ".dlq",
                "-Dkafka.streams.default.commit.interval.ms=" + commitIntervalMs,
                // Kafka Streams wants a transaction to outlive the commit interval; the killed one holds back what
                // read_committed consumers see until it times out, so no longer than needed.
                "-Dkafka.streams.default.producer.transaction.timeout.ms=" + Math.max(10_000, Long.parseLong(commitIntervalMs)),
                // The killed instance's group membership ends within seconds, not the default 45 s.
                "-Dkafka.streams.default.session.timeout.ms=6000",
                "-cp", classPath, "org.tenderwatch.classifier.ClassifierApplication")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private String log(String name) throws IOException {
        List<String> lines = Files.readAllLines(logs.resolve(name));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private KafkaConsumer<String, String> consumer(String isolation) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Records.bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(classified));
        return consumer;
    }

    /** Everything that arrives within {@code quiet}: a quiet period in which nothing should. */
    private static List<ConsumerRecord<String, String>> pollFor(KafkaConsumer<String, String> consumer, Duration quiet) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long end = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < end) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }
}
