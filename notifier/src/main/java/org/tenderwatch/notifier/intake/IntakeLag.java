package org.tenderwatch.notifier.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.Topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * How many classified notices wait for the notifier, measured from the broker's side (the group's committed offsets
 * against the ends of the partitions) rather than by the consumer itself: when the consumer dies, the client's own
 * lag metric turns NaN and the lag alert cannot fire, while this one keeps growing. A measurement that fails is
 * logged and counted, and the last value stays. Created at start-up, so the gauge is there from the first scrape
 * rather than from the first scheduled measurement.
 */
@Context
class IntakeLag {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeLag.class);

    private final Admin admin;
    private final String group;
    private final String topic;
    private final AtomicLong lag = new AtomicLong();
    private final Counter failures;

    IntakeLag(@Value("${kafka.bootstrap.servers}") String bootstrap, @Value("${notifier.intake.group-id:notifier}") String group,
              @Value("${notifier.intake.topic:" + Topics.NOTICES_CLASSIFIED + "}") String topic, MeterRegistry meters) {
        this.group = group;
        this.topic = topic;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "notifier-intake-lag",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
        Gauge.builder("tenderwatch.notifier.intake.lag", lag, AtomicLong::get).baseUnit("records")
                .description("Classified notices not yet processed by the notifier's consumer group, from the broker's offsets")
                .register(meters);
        this.failures = Counter.builder("tenderwatch.notifier.intake.lag.failures")
                .description("Attempts to measure the intake lag that failed").register(meters);
    }

    @Scheduled(fixedDelay = "${notifier.intake.lag-interval:15s}", initialDelay = "${notifier.intake.lag-interval:15s}")
    void measure() {
        try {
            lag.set(behind());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failures.increment();
            LOG.warn("Could not measure the intake lag of group {} on {}; keeping the last value {}: {}", group, topic, lag.get(), e.toString());
        }
    }

    long behind() throws Exception {
        List<TopicPartition> partitions;
        try {
            partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(20, TimeUnit.SECONDS).get(topic).partitions()
                    .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return 0; // nothing was ever published
            }
            throw e;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(20, TimeUnit.SECONDS);
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        long total = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            long from = done == null ? starts.get(partition) : done.offset();
            total += Math.max(0, ends.get(partition) - from);
        }
        return total;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> wanted = partitions.stream().collect(Collectors.toMap(p -> p, p -> spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found = admin.listOffsets(wanted).all().get(20, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        found.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    @PreDestroy
    void close() {
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
