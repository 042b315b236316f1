package org.tenderwatch.classifier.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetter;
import org.tenderwatch.events.NoticeClassified;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Writes what is published. A classification too large for the broker becomes a dead letter, and a dead letter too
 * large keeps the start of its payload and says where the whole record is: under exactly-once processing a record the
 * broker refuses aborts the transaction, and the same record would fail again at every attempt.
 */
@Singleton
public class Outcomes {

    private static final Logger LOG = LoggerFactory.getLogger(Outcomes.class);
    static final String STAGE = "classifier";
    /** Room for the dead letter's other fields and the JSON escaping of its payload. */
    private static final int ENVELOPE_BYTES = 4_096;

    private final JsonMapper json;
    private final MeterRegistry meters;
    private final int maxRecordBytes;
    private final Clock clock = Clock.systemUTC();

    Outcomes(JsonMapper json, MeterRegistry meters, PublishSettings settings) {
        this.json = json;
        this.meters = meters;
        this.maxRecordBytes = settings.maxRecordBytes();
    }

    /** @param where the fetched record's topic, partition and offset, for the people who read a dead letter */
    public Outcome classified(NoticeClassified classified, @Nullable String payload, String where) {
        String value = write(classified);
        if (value.getBytes(StandardCharsets.UTF_8).length > maxRecordBytes) {
            return deadLetter("too-large", classified.notice().ocid(), classified.notice().source(),
                    classified.notice().ocid(), classified.notice().releaseId(),
                    "classification of " + value.length() + " characters is larger than the " + maxRecordBytes
                            + " bytes a record may have", payload, where);
        }
        return new Outcome(false, value);
    }

    /** @param kind short, fixed reason for the metric tag: invalid-json, invalid-notice, classifier-error, too-large, repeated-failure */
    public Outcome deadLetter(String kind, @Nullable String key, @Nullable String source, @Nullable String ocid,
                              @Nullable String releaseId, String error, @Nullable String payload, String where) {
        String kept = payload == null ? "" : payload;
        String value = write(new DeadLetter(STAGE, source, null, ocid, releaseId, error + " (" + where + ")", kept,
                clock.instant()));
        if (value.getBytes(StandardCharsets.UTF_8).length > maxRecordBytes) {
            // Escaped and encoded, a character takes at most six bytes.
            int room = Math.max(0, (maxRecordBytes - ENVELOPE_BYTES) / 6);
            value = write(new DeadLetter(STAGE, source, null, ocid, releaseId, error + "; the payload is cut to its first "
                    + room + " characters, the whole record is at " + where, kept.substring(0, Math.min(room, kept.length())),
                    clock.instant()));
        }
        Counter.builder("tenderwatch.classifier.dead.letters").description("fetched notices kept as dead letters, by reason")
                .tag("reason", kind).register(meters).increment();
        LOG.warn("dead-lettered {} (key {}, release {}, {}): {}", kind, key, releaseId, where, error);
        return new Outcome(true, value);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + value.getClass().getSimpleName(), e);
        }
    }
}
