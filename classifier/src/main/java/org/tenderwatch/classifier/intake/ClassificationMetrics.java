package org.tenderwatch.classifier.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.Reason;

/**
 * tenderwatch_classifier_notices_total{category}, tenderwatch_classifier_rule_hits_total{rule} and
 * tenderwatch_classifier_classification_seconds. Rule hits show which rules do the work, and which never fire.
 */
@Singleton
class ClassificationMetrics {

    private final MeterRegistry meters;
    private final Timer latency;

    ClassificationMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.latency = Timer.builder("tenderwatch.classifier.classification")
                .description("time to classify one notice").register(meters);
    }

    Timer latency() {
        return latency;
    }

    void classified(NoticeClassified classified) {
        Counter.builder("tenderwatch.classifier.notices").description("notices classified, by category")
                .tag("category", classified.category().label()).register(meters).increment();
        for (Reason reason : classified.reasons()) {
            // A reason is one piece of evidence and names every rule that fired on it: "rule-a, rule-b".
            for (String rule : reason.rule().split(", ")) {
                Counter.builder("tenderwatch.classifier.rule.hits").description("times a rule gave a reason for a classification")
                        .tag("rule", rule).register(meters).increment();
            }
        }
    }
}
