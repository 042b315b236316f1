package org.tenderwatch.notifier.feedback;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One answer to an alert's feedback links.
 *
 * @param givenCategory  what the classifier said
 * @param answer         {@link Answer#label()}
 * @param chosenCategory what the subscriber says it is ({@code not_relevant} for a "not relevant" answer)
 */
@MappedEntity("feedback")
@Serdeable
record FeedbackRow(
        @Id @GeneratedValue Long id,
        long alertId,
        long subscriberId,
        String releaseId,
        String ocid,
        String source,
        String rulesVersion,
        String givenCategory,
        String answer,
        String chosenCategory,
        Instant answeredAt) {
}
