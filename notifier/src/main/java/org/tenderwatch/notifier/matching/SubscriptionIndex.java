package org.tenderwatch.notifier.matching;

import org.tenderwatch.notifier.subscriptions.Regions;
import org.tenderwatch.events.Category;
import org.tenderwatch.notifier.subscriptions.Subscription;
import org.tenderwatch.notifier.subscriptions.SubscriptionFilter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every active subscription, indexed by filter field. A notice is matched by intersecting, field by field, the
 * bitsets of subscriptions that accept it, then checking the two numeric minimums on what is left. Immutable:
 * a change of subscriptions builds a new index.
 */
public final class SubscriptionIndex {

    private final List<Subscription> subscriptions;
    private final TermIndex categories = new TermIndex();
    private final TermIndex specialties = new TermIndex();
    private final TermIndex signals = new TermIndex();
    private final TermIndex stages = new TermIndex();
    private final TermIndex regions = new TermIndex();
    private final TextTermIndex buyers = new TextTermIndex(false);
    private final TextTermIndex keywords = new TextTermIndex(true);

    public SubscriptionIndex(List<Subscription> subscriptions) {
        this.subscriptions = List.copyOf(subscriptions);
        for (int i = 0; i < this.subscriptions.size(); i++) {
            SubscriptionFilter filter = this.subscriptions.get(i).filter();
            categories.add(i, lower(filter.categories()));
            specialties.add(i, lower(filter.specialties()));
            signals.add(i, lower(filter.signals()));
            stages.add(i, lower(filter.stages()));
            regions.add(i, filter.regions().stream().flatMap(r -> Regions.filterTerm(r).stream()).toList());
            buyers.add(i, lower(filter.buyers()));
            keywords.add(i, lower(filter.keywords()));
        }
        buyers.build();
        keywords.build();
    }

    public int size() {
        return subscriptions.size();
    }

    public List<Match> match(MatchableNotice notice) {
        // A notice the classifier found not relevant reaches only subscriptions that ask for not_relevant by name:
        // an empty category filter means "anything relevant", or every subscriber would get the whole firehose.
        BitSet candidates = Category.NOT_RELEVANT.label().equals(notice.category())
                ? categories.asking(notice.category())
                : categories.accepting(Set.of(notice.category()));
        candidates.and(specialties.accepting(notice.specialties()));
        candidates.and(signals.accepting(notice.signals()));
        candidates.and(stages.accepting(Set.of(notice.stage())));
        candidates.and(regions.accepting(notice.regionTerms()));
        // The automata scan text: skipped once nothing is left to narrow.
        if (!candidates.isEmpty()) {
            candidates.and(buyers.accepting(notice.buyerName(), notice.buyerIdentifiers()));
        }
        if (!candidates.isEmpty()) {
            candidates.and(keywords.accepting(notice.text(), Set.of()));
        }
        List<Match> matches = new ArrayList<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Subscription s = subscriptions.get(i);
            if (meetsMinimums(s.filter(), notice)) {
                matches.add(new Match(s.id(), s.subscriberId(), s.cadence()));
            }
        }
        return matches;
    }

    private static boolean meetsMinimums(SubscriptionFilter filter, MatchableNotice notice) {
        if (filter.minConfidence() != null && notice.confidence() < filter.minConfidence()) {
            return false;
        }
        BigDecimal minValue = filter.minValue();
        return minValue == null || (notice.value() != null && notice.value().compareTo(minValue) >= 0);
    }

    private static List<String> lower(Collection<String> values) {
        return values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).distinct().toList();
    }
}
