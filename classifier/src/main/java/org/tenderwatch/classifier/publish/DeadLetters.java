package org.tenderwatch.classifier.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Keeps what the classifier could not process as a dead letter, counted and logged. The stream task forwards it to
 * the dead-letter topic in its transaction, so {@link #keep} returns the record rather than sending it. A dead letter
 * too large for the broker keeps the start of its payload: under exactly-once processing a record the broker refuses
 * aborts the transaction, and the same record would fail again at every attempt. The letter's error says where the
 * whole record is (topic, partition and offset of the input).
 */
@Singleton
public class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    /** Room for the dead letter's other fields and the JSON escaping of its payload. */
    private static final int ENVELOPE_BYTES = 4_096;

    private final JsonMapper json;
    private final MeterRegistry meters;
    private final int maxRecordBytes;

    DeadLetters(JsonMapper json, MeterRegistry meters, PublishSettings settings) {
        this.json = json;
        this.meters = meters;
        this.maxRecordBytes = settings.maxRecordBytes();
    }

    public Outcome keep(DeadLetter letter) {
        String value = write(letter);
        if (value.getBytes(StandardCharsets.UTF_8).length > maxRecordBytes) {
            // Escaped and encoded, a character takes at most six bytes.
            int room = Math.max(0, (maxRecordBytes - ENVELOPE_BYTES) / 6);
            String payload = letter.payload();
            value = write(letter.withErrorAndPayload(letter.error() + "; the payload is cut to its first " + room
                    + " characters, the whole record is at the input position above", payload.substring(0, Math.min(room, payload.length()))));
        }
        // The classifier's metric has always tagged its reasons in kebab case (invalid-json): dashboards read them so.
        String reason = letter.kind().label().replace('_', '-');
        Counter.builder("tenderwatch.classifier.dead.letters").description("fetched notices kept as dead letters, by reason")
                .tag("reason", reason).register(meters).increment();
        LOG.warn("dead-lettered {} (release {} of {}): {}", reason, letter.releaseId(), letter.ocid(), letter.error());
        return new Outcome(true, value);
    }

    private String write(DeadLetter letter) {
        try {
            return json.writeValueAsString(letter);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a dead letter", e);
        }
    }
}
