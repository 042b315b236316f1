package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.deliver.SubscriptionSearches;

import java.time.LocalDate;
import java.util.Optional;

/** The stored subscription's name and filter, as the tracker's search for "and N more". */
@Singleton
class StoredSubscriptionSearches implements SubscriptionSearches {

    private final SubscriptionStore store;

    StoredSubscriptionSearches(SubscriptionStore store) {
        this.store = store;
    }

    @Override
    public Optional<NamedSearch> find(long subscriptionId, @Nullable LocalDate from, @Nullable LocalDate to) {
        return store.find(subscriptionId).map(s -> new NamedSearch(s.name(), TrackerSearch.query(s.filter(), from, to)));
    }
}
