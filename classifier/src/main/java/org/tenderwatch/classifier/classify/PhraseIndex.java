package org.tenderwatch.classifier.classify;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import org.tenderwatch.classifier.classify.rules.Field;
import org.tenderwatch.classifier.classify.rules.Rule;
import org.tenderwatch.classifier.classify.rules.RulesException;
import org.tenderwatch.classifier.classify.rules.Specialty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every phrase of every rule and specialty in one Aho-Corasick automaton (a double-array trie, which walks int
 * arrays rather than maps: several times faster on long descriptions), built once: a field's text is scanned once
 * whatever the number of phrases. A phrase ending in {@code *} matches any word that starts with it
 * ("endoscop*"); other phrases match whole words only.
 */
final class PhraseIndex {

    /** Who listed a phrase: rule {@code index} (or specialty, when {@code specialty}) in these fields. */
    record Entry(boolean specialty, int index, Set<Field> fields, String phrase, boolean prefix) {
    }

    interface HitConsumer {
        /** {@code matched} is the normalised text that matched, whole words ("insourced" for "insourc*"). */
        void hit(Entry entry, String matched);
    }

    private static final Set<Field> SPECIALTY_FIELDS = Set.of(Field.TITLE, Field.DESCRIPTION);

    private final AhoCorasickDoubleArrayTrie<List<Entry>> trie = new AhoCorasickDoubleArrayTrie<>();

    PhraseIndex(List<Rule> rules, List<Specialty> specialties, TextNormaliser normaliser, List<String> joinPrefixes) {
        Map<String, List<Entry>> byKeyword = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            for (String phrase : rule.phrases()) {
                add(byKeyword, phrase, normaliser, joinPrefixes, false, i, rule.fields(), "rule '" + rule.name() + "'");
            }
        }
        for (int i = 0; i < specialties.size(); i++) {
            Specialty specialty = specialties.get(i);
            for (String phrase : specialty.phrases()) {
                add(byKeyword, phrase, normaliser, joinPrefixes, true, i, SPECIALTY_FIELDS,
                        "specialty '" + specialty.name() + "'");
            }
        }
        Map<String, List<Entry>> keywords = new TreeMap<>();
        byKeyword.forEach((keyword, entries) -> keywords.put(keyword, List.copyOf(entries)));
        trie.build(keywords);
    }

    private static void add(Map<String, List<Entry>> byKeyword, String phrase, TextNormaliser normaliser,
                            List<String> joinPrefixes, boolean specialty, int index, Set<Field> fields, String owner) {
        boolean prefix = phrase.endsWith("*");
        String normalised = normaliser.normalise(prefix ? phrase.substring(0, phrase.length() - 1) : phrase);
        if (normalised.isEmpty()) {
            throw new RulesException(owner + ": phrase '" + phrase + "' has no letters or digits");
        }
        Entry entry = new Entry(specialty, index, fields, phrase, prefix);
        for (String variant : variants(normalised, joinPrefixes)) {
            byKeyword.computeIfAbsent(variant, k -> new ArrayList<>()).add(entry);
        }
    }

    /** "non emergency transport" is also written "non-emergency transport", which normalises to "nonemergency". */
    private static Set<String> variants(String normalised, List<String> joinPrefixes) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(normalised);
        String[] words = normalised.split(" ");
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            joined.append(words[i]);
            boolean join = joinPrefixes.contains(words[i]) && i + 1 < words.length;
            if (!join && i + 1 < words.length) {
                joined.append(' ');
            }
        }
        variants.add(joined.toString());
        return variants;
    }

    /** Reports every phrase that occurs in {@code text} (already normalised) on word boundaries. */
    void scan(String text, HitConsumer consumer) {
        if (text.isEmpty()) {
            return;
        }
        int length = text.length();
        trie.parseText(text, (start, end, entries) -> {
            if (start > 0 && text.charAt(start - 1) != ' ') {
                return;
            }
            boolean wholeWordEnd = end == length || text.charAt(end) == ' ';
            String matched = null;
            for (Entry entry : entries) {
                if (wholeWordEnd || entry.prefix()) {
                    if (matched == null) {
                        int wordEnd = text.indexOf(' ', end);
                        matched = text.substring(start, wholeWordEnd ? end : wordEnd < 0 ? length : wordEnd);
                    }
                    consumer.hit(entry, matched);
                }
            }
        });
    }
}
