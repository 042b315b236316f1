package org.tenderwatch.classifier.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.publish.ClassifiedPublisher;
import org.tenderwatch.classifier.publish.DeadLetters;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;

import java.io.IOException;

/**
 * One fetched notice in, one classified notice out. Input that cannot be classified (not JSON, not a notice, or
 * one the classifier fails on) is dead-lettered and the stream moves on; a failure to publish is thrown, so the
 * offset is not committed and the notice comes again.
 */
@Singleton
class NoticeIntake {

    private final JsonMapper json;
    private final Classifier classifier;
    private final ClassifiedPublisher publisher;
    private final DeadLetters deadLetters;
    private final ClassificationMetrics metrics;

    NoticeIntake(JsonMapper json, Classifier classifier, ClassifiedPublisher publisher, DeadLetters deadLetters,
                 ClassificationMetrics metrics) {
        this.json = json;
        this.classifier = classifier;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    void accept(@Nullable String key, @Nullable String payload) {
        NoticeFetched notice;
        try {
            notice = payload == null ? null : json.readValue(payload, NoticeFetched.class);
        } catch (IOException | RuntimeException e) {
            deadLetters.send("invalid-json", key, null, null, null, "not a NoticeFetched in JSON: " + e.getMessage(), payload);
            return;
        }
        if (notice == null || notice.ocid() == null || notice.releaseId() == null) {
            deadLetters.send("invalid-notice", key, notice == null ? null : notice.source(), null, null,
                    "notice without ocid or release id", payload);
            return;
        }
        NoticeClassified classified;
        try {
            classified = metrics.latency().recordCallable(() -> classifier.classify(notice));
        } catch (Exception e) {
            deadLetters.send("classifier-error", key, notice.source(), notice.ocid(), notice.releaseId(),
                    "classifier failed: " + e, payload);
            return;
        }
        publisher.publish(classified);
        metrics.classified(classified);
    }

    void giveUp(@Nullable String key, @Nullable String payload, String error) {
        deadLetters.send("gave-up", key, null, null, null, error, payload);
    }
}
