package org.tenderwatch.classifier.publish;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutionException;

/**
 * Sends one record and waits for the broker's acknowledgement; the caller commits its offset only afterwards.
 * While the broker cannot be reached the send is retried for as long as it takes: skipping on, or dead-lettering a
 * good notice because the broker was down, would lose it, since the listener commits past whatever it gives up on.
 * Only a failure that no retry can mend (a record too large, say) is thrown.
 */
@Singleton
class AcknowledgedSend {

    private static final Logger LOG = LoggerFactory.getLogger(AcknowledgedSend.class);

    private final RetryPolicy<Object> untilTheBrokerAnswers;

    AcknowledgedSend(PublishSettings settings, MeterRegistry meters) {
        Counter retries = Counter.builder("tenderwatch.classifier.publish.retries")
                .description("sends retried because the broker could not be reached").register(meters);
        this.untilTheBrokerAnswers = RetryPolicy.builder()
                .handleIf(AcknowledgedSend::brokerUnreachable)
                .withBackoff(settings.retryBackoff(), settings.retryMaxBackoff())
                .withJitter(0.25)
                .withMaxRetries(-1)
                .onRetry(event -> {
                    retries.increment();
                    LOG.warn("broker unreachable ({}); send retry {} in up to {}", rootMessage(event.getLastException()),
                            event.getAttemptCount(), settings.retryMaxBackoff());
                })
                .build();
    }

    void send(Producer<String, String> producer, String topic, String key, String value) {
        try {
            Failsafe.with(untilTheBrokerAnswers).run(() -> producer.send(new ProducerRecord<>(topic, key, value)).get());
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() instanceof ExecutionException ee ? ee.getCause() : e.getCause();
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("could not publish " + key + " to " + topic + ": " + cause, cause);
        }
    }

    private static boolean brokerUnreachable(Throwable failure) {
        Throwable cause = failure instanceof ExecutionException ee ? ee.getCause() : failure;
        return cause instanceof RetriableException;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure instanceof ExecutionException ee ? ee.getCause() : failure;
        return cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
