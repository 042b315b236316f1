package org.tenderwatch.ocds;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Notices published to live data to try the portal out: "Test Natasha" / "natasha test", "Test notice only",
 * buyers and titles named SUPPLYTEST. A real notice about testing ("HPV Self-Sampling Test Validation", "PAT
 * Testing") has a title of more words and a description of substance, so the word alone is not enough.
 */
final class TestNotices {

    private static final GuardedPattern SUPPLYTEST = GuardedPattern.of(
            Pattern.compile("\\bsupply\\s?test\\b", Pattern.CASE_INSENSITIVE), "supply");
    private static final GuardedPattern TEST_WORD = GuardedPattern.of(
            Pattern.compile("\\btest\\b", Pattern.CASE_INSENSITIVE), "test");
    private static final GuardedPattern SAYS_SO = GuardedPattern.of(Pattern.compile(
            "\\b(?:this is a |)test (?:notice|tender|opportunity|advert|publication)\\b|\\bplease ignore\\b",
            Pattern.CASE_INSENSITIVE), "test ", "please ignore");
    // Compiled once: String.split compiles its pattern again at every call.
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TestNotices() {
    }

    /** @param description the tender's own description, without the portal's boilerplate around it */
    static boolean isTest(String title, String description, String buyerName) {
        if (found(SUPPLYTEST, title) || found(SUPPLYTEST, buyerName) || found(SUPPLYTEST, description)) {
            return true;
        }
        // Words are counted only once a test word is found: most notices have none, and counting splits the text.
        // "Test Natasha" / "natasha test": the word and a name, and nothing said.
        boolean bareTest = found(TEST_WORD, title) && words(title) <= 2 && words(description) <= 6
                && (description == null || found(TEST_WORD, description));
        boolean saysSo = (found(SAYS_SO, title) || found(SAYS_SO, description)) && words(description) <= 12;
        return bareTest || saysSo;
    }

    private static boolean found(GuardedPattern pattern, String text) {
        return pattern.find(text);
    }

    private static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return (int) Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).count();
    }
}
