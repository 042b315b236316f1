package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a message listing many notices stands for beyond those it shows: counted in the database, so that a digest or
 * a burst of thousands costs the memory of the notices shown, never of all of them.
 */
@Singleton
class DigestContents {

    private final AlertRepository alerts;
    private final Links links;
    private final SubscriptionSearches subscriptions;

    DigestContents(AlertRepository alerts, Links links, SubscriptionSearches subscriptions) {
        this.alerts = alerts;
        this.links = links;
        this.subscriptions = subscriptions;
    }

    /** Whether any of the delivery's alerts is for a weekly subscription. */
    boolean weekly(long deliveryId) {
        return alerts.anyWeekly(deliveryId);
    }

    /**
     * @param shown      the releases the message lists
     * @param from       first day of the search linked for the rest (null: no limit)
     */
    DigestExtent extent(long deliveryId, String heading, List<String> shown, @Nullable LocalDate from, @Nullable LocalDate to) {
        int total = alerts.releases(deliveryId);
        List<DigestExtent.More> more = new ArrayList<>();
        if (total > shown.size()) {
            for (SubscriptionCount rest : alerts.notShown(deliveryId, shown.toArray(String[]::new))) {
                subscriptions.find(rest.subscriptionId(), from, to).ifPresent(s -> more.add(more(s, rest.releases())));
            }
        }
        return new DigestExtent(heading, total, more);
    }

    private DigestExtent.More more(SubscriptionSearches.NamedSearch search, int count) {
        String name = search.name() == null || search.name().isBlank() ? "your alert" : Text.line(search.name(), 100);
        return new DigestExtent.More(name, count, search.query() == null ? null : links.search(search.query()));
    }
}
