package org.tenderwatch.classifier.publish;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.tenderwatch.events.DeadLetterFactory;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.events.NoticeClassified;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes what is published. A classification too large for the broker becomes a dead letter: under exactly-once
 * processing a record the broker refuses aborts the transaction, and the same record would fail again at every attempt.
 */
@Singleton
public class Outcomes {

    private final JsonMapper json;
    private final DeadLetters deadLetters;
    private final DeadLetterFactory letters;
    private final int maxRecordBytes;

    Outcomes(JsonMapper json, DeadLetters deadLetters, DeadLetterFactory letters, PublishSettings settings) {
        this.json = json;
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.maxRecordBytes = settings.maxRecordBytes();
    }

    /** @param where the fetched record's topic, partition and offset, for the people who read a dead letter */
    public Outcome classified(NoticeClassified classified, @Nullable String payload, String where) {
        String value = write(classified);
        if (tooLarge(value)) {
            return deadLetters.keep(letters.letter(DeadLetterKind.TOO_LARGE, "classification of " + value.length()
                            + " characters is larger than the " + maxRecordBytes + " bytes a record may have (" + where + ")", payload)
                    .about(classified.notice().source(), classified.ocid(), classified.releaseId()));
        }
        return new Outcome(false, value);
    }

    /** Encoded only when its length leaves a doubt: UTF-8 takes one to three bytes for each char of a Java string. */
    private boolean tooLarge(String value) {
        if ((long) value.length() * 3 <= maxRecordBytes) {
            return false;
        }
        return value.length() > maxRecordBytes || value.getBytes(StandardCharsets.UTF_8).length > maxRecordBytes;
    }

    private String write(NoticeClassified classified) {
        try {
            return json.writeValueAsString(classified);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write NoticeClassified", e);
        }
    }
}
