package org.tenderwatch.fetcher.deadletter;

/**
 * The Kafka side of the dead letters: the topic, created with the notices' topic by publishing, and the longest
 * payload a record may carry (the table keeps the whole of it).
 */
public interface DeadLetterTopic {

    String name();

    int maxPayloadChars();

    /** Returns once the topic exists with leaders, or logs why not and leaves it to the broker. */
    void ensure();
}
