package org.tenderwatch.notifier.matching;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.subscriptions.SubscriptionStore;
import org.tenderwatch.notifier.subscriptions.SubscriptionsChanged;

import java.util.List;
import java.util.Objects;

/**
 * Matches notices against an in-memory {@link SubscriptionIndex}. Rebuilt at once after a change made through this
 * instance, and whenever polling sees that another instance changed the active subscriptions.
 */
@Singleton
public class Matcher {

    private static final Logger LOG = LoggerFactory.getLogger(Matcher.class);

    private final SubscriptionStore store;
    private volatile SubscriptionIndex index;
    private volatile String version;

    Matcher(SubscriptionStore store) {
        this.store = store;
    }

    public List<Match> match(NoticeClassified notice) {
        return index().match(MatchableNotice.of(notice));
    }

    @EventListener
    void onChange(SubscriptionsChanged changed) {
        rebuild();
    }

    @Scheduled(fixedDelay = "${notifier.matching.refresh-interval:10s}", initialDelay = "${notifier.matching.refresh-interval:10s}")
    void refreshIfChanged() {
        if (!Objects.equals(version, store.activeVersion())) {
            rebuild();
        }
    }

    private SubscriptionIndex index() {
        SubscriptionIndex current = index;
        return current != null ? current : rebuild();
    }

    private synchronized SubscriptionIndex rebuild() {
        String newVersion = store.activeVersion();
        long started = System.nanoTime();
        SubscriptionIndex rebuilt = new SubscriptionIndex(store.active());
        index = rebuilt;
        version = newVersion;
        LOG.info("Matching index rebuilt: {} active subscriptions in {} ms", rebuilt.size(), (System.nanoTime() - started) / 1_000_000);
        return rebuilt;
    }
}
