package org.tenderwatch.notifier.matching;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link TermIndex} whose terms are found inside free text by one Aho-Corasick automaton built over every
 * subscription's phrases: scanning a notice costs time in its length and the number of hits, not in the number
 * of subscriptions or phrases. The automaton is the classifier's (a double-array trie); case is ignored by lowering
 * text and terms one character at a time, so that positions in the lowered text are positions in the notice.
 */
final class TextTermIndex {

    private final TermIndex terms = new TermIndex();
    private final boolean wholeWords;
    /** Null while no subscription names a phrase: an empty automaton cannot be built. */
    private AhoCorasickDoubleArrayTrie<List<String>> trie;

    TextTermIndex(boolean wholeWords) {
        this.wholeWords = wholeWords;
    }

    void add(int position, Collection<String> phrases) {
        terms.add(position, phrases);
    }

    TextTermIndex build() {
        Map<String, List<String>> byLowered = new TreeMap<>();
        for (String term : terms.terms()) {
            if (!term.isEmpty()) {
                byLowered.computeIfAbsent(lowered(term), k -> new ArrayList<>()).add(term);
            }
        }
        if (byLowered.isEmpty()) {
            trie = null;
        } else {
            AhoCorasickDoubleArrayTrie<List<String>> built = new AhoCorasickDoubleArrayTrie<>();
            built.build(byLowered);
            trie = built;
        }
        return this;
    }

    /** The subscriptions whose phrases occur in the text, or that have none; {@code exact} terms are looked up as they are. */
    BitSet accepting(String text, Collection<String> exact) {
        Set<String> found = new HashSet<>(exact);
        if (trie != null && !text.isEmpty()) {
            String lowered = lowered(text);
            trie.parseText(lowered, (start, end, phrases) -> {
                if (!wholeWords || wholeWord(lowered, start, end)) {
                    found.addAll(phrases);
                }
            });
        }
        return terms.accepting(found);
    }

    /** A word ends where a letter does not follow: digits and punctuation border words, as in "MRI2026" or "MRI,". */
    private static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isAlphabetic(text.charAt(start - 1)))
                && (end == text.length() || !Character.isAlphabetic(text.charAt(end)));
    }

    private static String lowered(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
