package org.tenderwatch.notifier.subscriptions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

import static org.tenderwatch.notifier.subscriptions.NewSubscription.array;

/** Subscriptions in PostgreSQL. Subscribers are created on demand and shared by their subscriptions. */
@Singleton
public class SubscriptionStore {

    private final SubscriptionRepository repository;

    SubscriptionStore(SubscriptionRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Subscription create(long subscriberId, String name, SubscriptionFilter filter, Cadence cadence,
                               int digestHour, boolean confirmed) {
        long id = repository.save(NewSubscription.of(subscriberId, name, filter, cadence, digestHour, confirmed)).id();
        return find(id).orElseThrow();
    }

    @Transactional
    public Optional<Subscription> update(long id, String name, SubscriptionFilter f, Cadence cadence, int digestHour) {
        long updated = repository.update(id, name == null ? "" : name, array(f.categories()), array(f.specialties()),
                array(f.signals()), array(f.buyers()), array(f.regions()), array(f.keywords()), array(f.stages()),
                f.minValue(), f.minConfidence(), cadence.label(), digestHour);
        return updated == 0 ? Optional.empty() : find(id);
    }

    public boolean delete(long id) {
        return repository.delete(id) > 0;
    }

    public Optional<Subscription> find(long id) {
        return repository.find(id).map(SubscriptionRow::subscription);
    }

    public List<Subscription> list() {
        return subscriptions(repository.list());
    }

    public List<Subscription> ofSubscriber(long subscriberId) {
        return subscriptions(repository.ofSubscriber(subscriberId));
    }

    /** What the matching index holds: confirmed, not unsubscribed, recipient not suppressed. */
    public List<Subscription> active() {
        return subscriptions(repository.active());
    }

    /** Changes whenever the active set does: cheap enough to poll, so that every instance notices others' changes. */
    public String activeVersion() {
        return repository.activeVersion();
    }

    private static List<Subscription> subscriptions(List<SubscriptionRow> rows) {
        return rows.stream().map(SubscriptionRow::subscription).toList();
    }
}
