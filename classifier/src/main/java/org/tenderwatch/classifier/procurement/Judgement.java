package org.tenderwatch.classifier.procurement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Lifecycle;
import org.tenderwatch.events.Stage;

import java.util.List;

/**
 * The procurement's latest classification, kept so that the next release can say what it changed, and so that the
 * same release delivered again is published with the same {@code previousCategory} and {@code changes}.
 *
 * @param releaseId        the release that produced it
 * @param stage            the stage of the procurement's latest release (a late, older release does not move it back)
 * @param lifecycle        the latest lifecycle event, where one was told
 * @param previousCategory what the procurement was before {@code releaseId}
 * @param changes          what {@code releaseId} changed
 */
@Serdeable
public record Judgement(
        String releaseId,
        Category category,
        List<String> specialties,
        boolean possiblyRelevant,
        Stage stage,
        @Nullable Lifecycle lifecycle,
        String rulesVersion,
        @Nullable Category previousCategory,
        List<String> changes) {

    public Judgement {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
