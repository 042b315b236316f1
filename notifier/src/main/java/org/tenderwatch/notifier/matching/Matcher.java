package org.tenderwatch.notifier.matching;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import org.tenderwatch.notifier.supervision.Supervisor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.deliver.RecipientDisabled;
import org.tenderwatch.notifier.subscriptions.SubscriptionStore;
import org.tenderwatch.notifier.subscriptions.SubscriptionsChanged;

import java.util.List;
import java.util.Objects;

/**
 * Matches notices against an in-memory {@link SubscriptionIndex}. After a change made through this instance the next
 * notice is matched against a rebuilt index: built then, not in the API call, so that no request waits seconds for a
 * large index and a burst of changes costs one rebuild. Polling rebuilds it when another instance changed the active
 * subscriptions.
 */
@Singleton
public class Matcher {

    private static final Logger LOG = LoggerFactory.getLogger(Matcher.class);

    private final SubscriptionStore store;
    private volatile SubscriptionIndex index;
    private volatile String version;
    private volatile boolean stale;

    private final Supervisor supervisor;

    Matcher(SubscriptionStore store, Supervisor supervisor) {
        this.supervisor = supervisor;
        this.store = store;
    }

    public List<Match> match(NoticeClassified notice) {
        return index().match(MatchableNotice.of(notice));
    }

    @EventListener
    void onChange(SubscriptionsChanged changed) {
        stale = true;
    }

    @EventListener
    void onDisabled(RecipientDisabled disabled) {
        stale = true;
    }

    @Scheduled(fixedDelay = "${notifier.matching.refresh-interval:10s}", initialDelay = "${notifier.matching.refresh-interval:10s}")
    void refreshIfChanged() {
        try {
            if (!Objects.equals(version, store.activeVersion())) {
                rebuild();
            }
        } catch (Throwable failure) { // NOSONAR: counted and, for an Error, reported DOWN; the next tick tries again
            supervisor.failed("matching-refresh", "checking for subscription changes", failure);
        }
    }

    private SubscriptionIndex index() {
        SubscriptionIndex current = index;
        return current == null || stale ? rebuild() : current;
    }

    private synchronized SubscriptionIndex rebuild() {
        // Cleared before reading: a change committed while this reads marks the index stale again.
        stale = false;
        String newVersion = store.activeVersion();
        long started = System.nanoTime();
        SubscriptionIndex rebuilt = new SubscriptionIndex(store.active());
        index = rebuilt;
        version = newVersion;
        LOG.info("Matching index rebuilt: {} active subscriptions in {} ms", rebuilt.size(), (System.nanoTime() - started) / 1_000_000);
        return rebuilt;
    }
}
