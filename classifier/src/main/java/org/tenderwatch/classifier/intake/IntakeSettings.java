package org.tenderwatch.classifier.intake;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import org.tenderwatch.events.Topics;

/**
 * {@code classifier.intake.*}.
 *
 * @param groupId      the Kafka Streams application id: consumer group, transactional ids and the state's changelog
 *                     topic ({@code <groupId>-procurements-changelog}) all follow it, so a new one starts afresh
 * @param topic        the fetched notices
 * @param stateDir     where the procurement state is kept on disk; empty: a new temporary folder at each start, filled
 *                     again from the changelog topic (a persistent folder makes restarts faster, nothing more)
 * @param createTopics create the intake, publish and dead-letter topics at start when they do not exist, with the
 *                     broker's defaults (the local stack and tests); turn off where topics are made on purpose
 */
@ConfigurationProperties("classifier.intake")
record IntakeSettings(@Bindable(defaultValue = "classifier") String groupId,
                      @Bindable(defaultValue = Topics.NOTICES_FETCHED) String topic,
                      @Nullable String stateDir,
                      @Bindable(defaultValue = "true") boolean createTopics) {
}
