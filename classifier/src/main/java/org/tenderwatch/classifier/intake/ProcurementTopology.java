package org.tenderwatch.classifier.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.streams.ConfiguredStreamBuilder;
import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.tenderwatch.classifier.publish.DeadLetters;
import org.tenderwatch.classifier.publish.Outcome;
import org.tenderwatch.classifier.publish.Outcomes;
import org.tenderwatch.classifier.publish.PublishSettings;
import org.tenderwatch.classifier.supervise.RecordFailures;
import org.tenderwatch.events.DeadLetterFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * notices.fetched.v1 → judge the procurement (state store {@code procurements}, keyed by OCID, changelog-backed) →
 * notices.classified.v1 or notices.fetched.v1.dlq. The input topic is keyed by OCID, so each procurement's releases
 * and its state live in one partition's task, and the service scales out by partitions.
 */
@Factory
class ProcurementTopology {

    static final String STORE = "procurements";

    @Singleton
    KStream<String, Outcome> classification(ConfiguredStreamBuilder builder, IntakeSettings intake,
                                            PublishSettings publish, JsonMapper json, ProcurementJudge judge,
                                            Outcomes outcomes, DeadLetters deadLetters, DeadLetterFactory letters,
                                            RecordFailures failures, ClassificationMetrics metrics,
                                            MeterRegistry meters, TopicsAtStart topics) {
        builder.getConfiguration().put(StreamsConfig.APPLICATION_ID_CONFIG, intake.groupId());
        builder.getConfiguration().put(StreamsConfig.STATE_DIR_CONFIG, stateDir(intake));
        topics.ensure(builder.getConfiguration(), intake.topic(), publish.topic(), publish.deadLetterTopic());
        Counter unreadable = Counter.builder("tenderwatch.classifier.state.unreadable")
                .description("procurement states that could not be read and were started afresh").register(meters);

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                new ProcurementStateSerde(json)));
        KStream<String, Outcome> outcomesStream = builder
                .stream(intake.topic(), Consumed.with(Serdes.String(), Serdes.String()).withName("fetched-notices"))
                .process(() -> new ProcurementProcessor(json, judge, outcomes, deadLetters, letters, failures, metrics,
                        unreadable),
                        Named.as("judge-procurement"), STORE);
        outcomesStream.split(Named.as("outcome-"))
                .branch((key, outcome) -> outcome.deadLetter(), Branched.<String, Outcome>withConsumer(deadLettered -> deadLettered
                        .mapValues(Outcome::json, Named.as("dead-letter-json"))
                        .to(publish.deadLetterTopic(), Produced.with(Serdes.String(), Serdes.String())
                                .withName("dead-letters"))).withName("dead-letter"))
                .defaultBranch(Branched.<String, Outcome>withConsumer(classified -> classified
                        .mapValues(Outcome::json, Named.as("classified-json"))
                        .to(publish.topic(), Produced.with(Serdes.String(), Serdes.String())
                                .withName("classified-notices"))).withName("classified"));
        return outcomesStream;
    }

    private static String stateDir(IntakeSettings intake) {
        if (intake.stateDir() != null && !intake.stateDir().isBlank()) {
            return intake.stateDir();
        }
        try {
            // A folder of its own: two classifiers on one machine (a local stack beside a test) must not share one.
            return Files.createTempDirectory("classifier-state-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a folder for the procurement state", e);
        }
    }
}
