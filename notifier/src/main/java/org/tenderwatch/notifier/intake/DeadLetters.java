package org.tenderwatch.notifier.intake;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.events.Topics;

/** Classified notices the notifier could not process, kept whole on the dead-letter topic. */
@KafkaClient(id = "notifier-dead-letters", acks = KafkaClient.Acknowledge.ALL)
interface DeadLetters {

    @Topic(Topics.NOTICES_CLASSIFIED_DLQ)
    void send(@KafkaKey String key, DeadLetter letter);
}
