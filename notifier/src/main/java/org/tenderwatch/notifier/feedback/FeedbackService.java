package org.tenderwatch.notifier.feedback;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.Category;
import org.tenderwatch.notifier.metrics.NotifierMetrics;

import java.util.Optional;

/** Stores a subscriber's answer about an alert and counts it. */
@Singleton
class FeedbackService {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackService.class);

    private final FeedbackRepository repository;
    private final NotifierMetrics metrics;

    FeedbackService(FeedbackRepository repository, NotifierMetrics metrics) {
        this.repository = repository;
        this.metrics = metrics;
    }

    /** The category the classifier gave the alert's notice; empty when the alert is gone or its category unreadable. */
    Optional<Category> givenCategory(long alertId) {
        return repository.givenCategory(alertId).stream().findFirst().flatMap(label -> {
            try {
                return Optional.of(Category.fromLabel(label));
            } catch (IllegalArgumentException | NullPointerException e) {
                return Optional.empty();
            }
        });
    }

    /** False when the alert no longer exists (its subscription was removed): nothing is stored then. */
    boolean notRelevant(long alertId) {
        return record(alertId, Answer.NOT_RELEVANT, Category.NOT_RELEVANT);
    }

    boolean wrongCategory(long alertId, Category chosen) {
        return record(alertId, Answer.WRONG_CATEGORY, chosen);
    }

    private boolean record(long alertId, Answer answer, Category chosen) {
        if (repository.record(alertId, answer.label(), chosen.label()) == 0) {
            return false;
        }
        metrics.feedback(answer.label());
        LOG.info("Feedback on alert {}: {} ({})", alertId, answer.label(), chosen.label());
        return true;
    }
}
