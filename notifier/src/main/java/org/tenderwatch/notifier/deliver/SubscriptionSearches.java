package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A subscription's name and its filter as a search on the public record, for a digest's "and N more" line. Kept where
 * subscriptions are (which depend on the channels here), so that delivery does not depend back on them.
 */
public interface SubscriptionSearches {

    Optional<NamedSearch> find(long subscriptionId, @Nullable LocalDate from, @Nullable LocalDate to);

    /** @param query the tracker's query string, without the "?" */
    record NamedSearch(@Nullable String name, @Nullable String query) {
    }
}
