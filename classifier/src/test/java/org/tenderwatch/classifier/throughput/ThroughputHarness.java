package org.tenderwatch.classifier.throughput;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.ocds.InvalidOcdsException;
import org.tenderwatch.ocds.ReleaseNormaliser;
import org.tenderwatch.ocds.Sources;

import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The classifier's own rate through a real broker: every labelled real release (both sets) is published again under
 * fresh identities until there are {@code -Dnotices} of them (default 20,000), {@code -Dreleases-per-procurement}
 * to an OCID (default 4, so the state is read and grown as in production), all before the classifier starts; then the
 * classifier is started and the harness counts the committed classifications as the notifier would read them.
 * Run with {@code ./mvnw -q -pl classifier -am verify -Pthroughput -DskipTests}.
 */
public final class ThroughputHarness {

    private ThroughputHarness() {
    }

    public static void main(String[] args) throws Exception {
        int notices = Integer.getInteger("notices", 20_000);
        int perProcurement = Integer.getInteger("releases-per-procurement", 4);
        String threads = System.getProperty("threads", "1");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String fetched = "notices.fetched.v1.bench-" + run;
        String classified = "notices.classified.v1.bench-" + run;
        String bootstrap = SharedTestInfrastructure.kafka().bootstrapServers();

        List<NoticeFetched> real = realReleases();
        long bytes = 0;
        try (ApplicationContext tools = ApplicationContext.run(Map.of("kafka.bootstrap.servers", bootstrap,
                "kafka.streams.default.start-kafka-streams", "false", "micronaut.server.port", -1,
                "classifier.intake.create-topics", false), "test");
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20,
                     ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            JsonMapper json = tools.getBean(JsonMapper.class);
            for (int i = 0; i < notices; i++) {
                // A procurement's releases are spread over the stream, as they are spread over months in production.
                NoticeFetched notice = renamed(real.get(i % real.size()),
                        "ocds-bench-" + run + "-" + i % Math.max(1, notices / perProcurement), "bench-" + i);
                String value = json.writeValueAsString(notice);
                bytes += value.length();
                producer.send(new ProducerRecord<>(fetched, notice.ocid(), value));
            }
            producer.flush();
        }
        System.out.printf("published %,d notices (%,d MB of JSON) from %d real releases, %d per procurement%n",
                notices, bytes >> 20, real.size(), perProcurement);

        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long started = System.nanoTime();
        try (ApplicationContext classifier = ApplicationContext.run(Map.of(
                "kafka.bootstrap.servers", bootstrap, "micronaut.server.port", -1,
                "kafka.streams.default.num.stream.threads", threads,
                "classifier.intake.topic", fetched, "classifier.intake.group-id", "classifier-bench-" + run,
                "classifier.publish.topic", classified, "classifier.publish.dead-letter-topic", fetched + ".dlq"), "test");
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + run,
                     ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(classified));
            long first = 0;
            int read = 0;
            while (read < notices) {
                int got = consumer.poll(Duration.ofMillis(200)).count();
                if (got > 0 && first == 0) {
                    first = System.nanoTime();
                }
                read += got;
                if (Duration.ofNanos(System.nanoTime() - started).toMinutes() > 30) {
                    throw new IllegalStateException("only " + read + " of " + notices + " classified after 30 minutes");
                }
            }
            long done = System.nanoTime();
            double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
            double steady = (read - 1) / ((done - first) / 1e9);
            double overall = read / ((done - started) / 1e9);
            System.out.printf("classified %,d notices with %s stream thread(s): %,.0f notices/s from the first result to the"
                    + " last (%.1f s), %,.0f notices/s including start-up (%.1f s)%n", read, threads, steady,
                    (done - first) / 1e9, overall, (done - started) / 1e9);
            System.out.printf("CPU time of this JVM (classifier, broker and reader together) meanwhile: %.1f s, i.e. %,.0f"
                    + " notices per CPU-second; load average at the end %.1f on %d cores%n", cpu, read / cpu,
                    os.getSystemLoadAverage(), os.getAvailableProcessors());
        }
        System.exit(0);
    }

    private static List<NoticeFetched> realReleases() throws IOException {
        ReleaseNormaliser normaliser = new ReleaseNormaliser();
        List<NoticeFetched> releases = new ArrayList<>();
        for (String set : List.of("labelled/releases", "labelled-2/releases")) {
            try (Stream<Path> files = Files.walk(SharedData.root().resolve(set))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    try {
                        releases.add(normaliser.normalise(Sources.REPLAY, Files.readString(file, StandardCharsets.UTF_8)).notice());
                    } catch (InvalidOcdsException e) {
                        System.out.println("skipped " + file.getFileName() + ": " + e.getMessage());
                    }
                }
            }
        }
        return releases;
    }

    private static NoticeFetched renamed(NoticeFetched n, String ocid, String releaseId) {
        return new NoticeFetched(n.source(), ocid, releaseId, n.releaseDate(), n.tags(), n.noticeType(), n.title(),
                n.description(), n.buyer(), n.parties(), n.awards(), n.cpv(), n.tenderValue(), n.procurementMethod(),
                n.procurementMethodDetails(), n.mainProcurementCategory(), n.framework(), n.dynamicPurchasingSystem(),
                n.tenderDeadline(), n.deliveryRegions(), n.noticeUrl(), n.release(), n.fetchedAt(), n.lifecycle(),
                n.regime(), n.standstillEnd(), n.tenderers(), n.testNotice(), n.related());
    }
}
