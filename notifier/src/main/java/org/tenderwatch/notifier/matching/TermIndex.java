package org.tenderwatch.notifier.matching;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * An inverted index for one filter field: term → the subscriptions (by position) that ask for it, plus those
 * that leave the field empty and so accept anything. A lookup costs one bitset OR per notice term, whatever
 * the number of subscriptions.
 */
final class TermIndex {

    private final Map<String, BitSet> byTerm = new HashMap<>();
    private final BitSet wildcard = new BitSet();

    void add(int position, Collection<String> terms) {
        if (terms.isEmpty()) {
            wildcard.set(position);
            return;
        }
        terms.forEach(term -> byTerm.computeIfAbsent(term, t -> new BitSet()).set(position));
    }

    /** The subscriptions whose field accepts a notice with these terms. */
    BitSet accepting(Collection<String> noticeTerms) {
        BitSet accepted = (BitSet) wildcard.clone();
        for (String term : noticeTerms) {
            BitSet positions = byTerm.get(term);
            if (positions != null) {
                accepted.or(positions);
            }
        }
        return accepted;
    }

    /** The subscriptions that name this term, leaving out those that accept anything. */
    BitSet asking(String term) {
        BitSet positions = byTerm.get(term);
        return positions == null ? new BitSet() : (BitSet) positions.clone();
    }

    Collection<String> terms() {
        return byTerm.keySet();
    }
}
