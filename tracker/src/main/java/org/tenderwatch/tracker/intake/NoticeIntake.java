package org.tenderwatch.tracker.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetterFactory;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.management.UntilTheDatabaseAnswers;
import org.tenderwatch.tracker.metrics.TrackerMetrics;
import org.tenderwatch.tracker.record.ProcurementRecorder;

import java.io.IOException;

/** Parses one classified notice and records it; input it cannot use is dead-lettered with the reason, never dropped. */
@Singleton
class NoticeIntake {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeIntake.class);

    private final ObjectMapper json;
    private final ProcurementRecorder recorder;
    private final DeadLetters deadLetters;
    private final DeadLetterFactory letters;
    private final UntilTheDatabaseAnswers untilTheDatabaseAnswers;
    private final TrackerMetrics metrics;

    NoticeIntake(ObjectMapper json, ProcurementRecorder recorder, DeadLetters deadLetters, DeadLetterFactory letters,
                 UntilTheDatabaseAnswers untilTheDatabaseAnswers, TrackerMetrics metrics) {
        this.json = json;
        this.recorder = recorder;
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.untilTheDatabaseAnswers = untilTheDatabaseAnswers;
        this.metrics = metrics;
    }

    void accept(@Nullable String key, @Nullable String payload) {
        NoticeClassified notice;
        String stored;
        try {
            notice = json.readValue(payload == null ? "" : payload, NoticeClassified.class);
            requireUsable(notice);
            stored = WithoutPublishedRelease.of(payload);
        } catch (IOException | RuntimeException e) {
            deadLetters.keep(letters.letter(DeadLetterKind.UNREADABLE_NOTICE,
                    "unreadable classified notice: " + e.getMessage(), payload).about(null, key, null));
            return;
        }
        ProcurementRecorder.Outcome outcome = untilTheDatabaseAnswers.get(() -> recorder.record(notice, stored));
        metrics.releaseRecorded(outcome);
        LOG.debug("Release {} of {}: {}", notice.releaseId(), notice.ocid(), outcome);
    }

    private static void requireUsable(NoticeClassified notice) {
        if (notice == null || notice.notice() == null || blank(notice.ocid()) || blank(notice.releaseId())) {
            throw new IllegalArgumentException("notice, notice.ocid and notice.releaseId are required");
        }
        if (notice.category() == null || notice.stage() == null || notice.classifiedAt() == null) {
            throw new IllegalArgumentException("category, stage and classifiedAt are required");
        }
        if (notice.notice().release() == null || notice.notice().fetchedAt() == null || blank(notice.notice().source())) {
            throw new IllegalArgumentException("notice.release, notice.fetchedAt and notice.source are required: the evidence");
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
