package org.tenderwatch.notifier.matching;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A {@link TermIndex} whose terms are found inside free text by one Aho-Corasick automaton built over every
 * subscription's phrases: scanning a notice costs time in its length and the number of hits, not in the number
 * of subscriptions or phrases.
 */
final class PhraseIndex {

    private final TermIndex terms = new TermIndex();
    private final boolean wholeWords;
    private Trie trie;

    PhraseIndex(boolean wholeWords) {
        this.wholeWords = wholeWords;
    }

    void add(int position, Collection<String> phrases) {
        terms.add(position, phrases);
    }

    PhraseIndex build() {
        Trie.TrieBuilder builder = Trie.builder().ignoreCase();
        if (wholeWords) {
            builder.onlyWholeWords();
        }
        trie = builder.addKeywords(terms.terms()).build();
        return this;
    }

    /** The subscriptions whose phrases occur in the text, or that have none; {@code exact} terms are looked up as they are. */
    BitSet accepting(String text, Collection<String> exact) {
        Set<String> found = new HashSet<>(exact);
        for (Emit emit : trie.parseText(text)) {
            found.add(emit.getKeyword());
        }
        return terms.accepting(found);
    }
}
