package org.tenderwatch.notifier.intake;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetterFactory;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.management.UntilTheDatabaseAnswers;
import org.tenderwatch.notifier.matching.Match;
import org.tenderwatch.notifier.matching.Matcher;
import org.tenderwatch.notifier.metrics.NotifierMetrics;
import org.tenderwatch.notifier.mute.Silenced;
import org.tenderwatch.notifier.mute.Silencer;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Parses one classified notice, matches it and records its alerts; input it cannot use is dead-lettered, never dropped. */
@Singleton
class NoticeIntake {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeIntake.class);
    static final int MAX_ID_LENGTH = 300;

    private final ObjectMapper json;
    private final Matcher matcher;
    private final AlertRecorder recorder;
    private final DeadLetters deadLetters;
    private final DeadLetterFactory letters;
    private final NotifierMetrics metrics;
    private final UntilTheDatabaseAnswers untilTheDatabaseAnswers;
    private final Silencer silencer;

    NoticeIntake(ObjectMapper json, Matcher matcher, AlertRecorder recorder, DeadLetters deadLetters,
                 DeadLetterFactory letters, NotifierMetrics metrics, UntilTheDatabaseAnswers untilTheDatabaseAnswers,
                 Silencer silencer) {
        this.silencer = silencer;
        this.untilTheDatabaseAnswers = untilTheDatabaseAnswers;
        this.json = json;
        this.matcher = matcher;
        this.recorder = recorder;
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.metrics = metrics;
    }

    void accept(String key, String payload) {
        NoticeClassified notice;
        String storable;
        try {
            StorableJson.Cleaned cleaned = StorableJson.clean(payload == null ? "null" : payload);
            storable = cleaned.json();
            notice = json.readValue(storable, NoticeClassified.class);
            requireUsable(notice);
            if (cleaned.changed()) {
                cleaned.anomalies().forEach((anomaly, count) -> metrics.valuesCleaned(anomaly.name().toLowerCase(Locale.ROOT), count));
                LOG.warn("Classified notice with key {} carried values the database cannot hold, replaced: {}", key, cleaned.anomalies());
            }
        } catch (IOException | RuntimeException e) {
            deadLetters.keep(letters.letter(DeadLetterKind.UNREADABLE_NOTICE,
                    "unreadable classified notice: " + e.getMessage(), payload).about(null, key, null));
            return;
        }
        AlertRecorder.Recorded recorded;
        Silenced[] silenced = {Silenced.nobody()};
        try {
            // Matching may first reload subscriptions from the database, so it waits out an outage too.
            recorded = untilTheDatabaseAnswers.get(() -> {
                silenced[0] = silencer.of(notice);
                List<Match> matches = silenced[0].without(matcher.match(notice));
                return recorder.record(notice, storable, matches, silenced[0]::skips);
            });
        } catch (RuntimeException e) {
            String refusal = DataErrors.refusal(e);
            if (refusal == null) {
                throw e;
            }
            // The same notice would be refused again on every retry: an outage is waited out, a data error is not.
            deadLetters.keep(letters.letter(DeadLetterKind.REFUSED_BY_DATABASE,
                    "the database refused a value of the notice: " + refusal, payload)
                    .about(notice.notice().source(), key, notice.releaseId()));
            return;
        }
        metrics.alertsRecorded(recorded.matches(), recorded.updates());
        silencer.count(silenced[0]);
        LOG.debug("Release {} of {}: {} new alerts, {} updates", notice.releaseId(), notice.ocid(),
                recorded.matches(), recorded.updates());
    }

    private static void requireUsable(NoticeClassified notice) {
        if (notice.notice() == null || blank(notice.ocid()) || blank(notice.releaseId())) {
            throw new IllegalArgumentException("notice, notice.ocid and notice.releaseId are required");
        }
        // Both are keys of indexed columns, whose entries PostgreSQL limits to about 2.7 kB; real ones are short.
        if (notice.ocid().length() > MAX_ID_LENGTH || notice.releaseId().length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("notice.ocid and notice.releaseId may be at most " + MAX_ID_LENGTH + " characters");
        }
        if (notice.category() == null || notice.stage() == null) {
            throw new IllegalArgumentException("category and stage are required");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
