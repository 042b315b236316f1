package org.tenderwatch.notifier.intake;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.events.Topics;

/** The dead-letter topic, {@code notifier.intake.dead-letter-topic}: written only through {@link DeadLetters#keep}. */
@KafkaClient(id = "notifier-dead-letters", acks = KafkaClient.Acknowledge.ALL)
interface DeadLetterTopic {

    @Topic("${notifier.intake.dead-letter-topic:" + Topics.NOTICES_CLASSIFIED_DLQ + "}")
    void send(@KafkaKey String key, DeadLetter letter);
}
