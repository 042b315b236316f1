package org.tenderwatch.management;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a failed poll up again: each partition of it is sought back to the poll's first offset there, so nothing of
 * it is committed and every record comes again. Batch listeners call it before a failure leaves them, because
 * micronaut-kafka 5.9's own batch retry seeks back to the positions read before the poll, and for the poll that
 * joined the group there are none: its error handling fails with a NullPointerException and polls on past the batch.
 */
public final class PollRewind {

    private PollRewind() {
    }

    public static void toStart(List<? extends ConsumerRecord<?, ?>> poll, Consumer<?, ?> consumer) {
        firstOffsets(poll).forEach((partition, offset) -> {
            if (consumer.assignment().contains(partition)) {
                consumer.seek(partition, offset);
            }
        });
    }

    static Map<TopicPartition, Long> firstOffsets(List<? extends ConsumerRecord<?, ?>> poll) {
        Map<TopicPartition, Long> first = new LinkedHashMap<>();
        for (ConsumerRecord<?, ?> record : poll) {
            first.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::min);
        }
        return first;
    }
}
