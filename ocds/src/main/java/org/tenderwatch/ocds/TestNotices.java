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

    private static final Pattern SUPPLYTEST = Pattern.compile("\\bsupply\\s?test\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEST_WORD = Pattern.compile("\\btest\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAYS_SO = Pattern.compile(
            "\\b(?:this is a |)test (?:notice|tender|opportunity|advert|publication)\\b|\\bplease ignore\\b",
            Pattern.CASE_INSENSITIVE);

    private TestNotices() {
    }

    /** @param description the tender's own description, without the portal's boilerplate around it */
    static boolean isTest(String title, String description, String buyerName) {
        if (found(SUPPLYTEST, title) || found(SUPPLYTEST, buyerName) || found(SUPPLYTEST, description)) {
            return true;
        }
        int descriptionWords = words(description);
        // "Test Natasha" / "natasha test": the word and a name, and nothing said.
        boolean bareTest = found(TEST_WORD, title) && words(title) <= 2 && descriptionWords <= 6
                && (description == null || found(TEST_WORD, description));
        boolean saysSo = (found(SAYS_SO, title) || found(SAYS_SO, description)) && descriptionWords <= 12;
        return bareTest || saysSo;
    }

    private static boolean found(Pattern pattern, String text) {
        return text != null && pattern.matcher(text).find();
    }

    private static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return (int) Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).count();
    }
}
