package org.tenderwatch.ocds;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern run over a notice's free text only when the text holds one of the words every match must contain.
 * Most notices hold none of them ("standstill", "psr", "/S 000-"), and finding a word with {@code indexOf} costs a
 * fraction of running a pattern that starts with a word boundary, which the regex engine tries at every character:
 * those scans were a fifth of the fetcher's CPU. The words are lower case and match a case-insensitive (US-ASCII)
 * pattern in the text lower-cased; for a case-sensitive pattern they are looked for as written.
 */
record GuardedPattern(Pattern pattern, List<String> anyOf) {

    static GuardedPattern of(Pattern pattern, String... anyOf) {
        return new GuardedPattern(pattern, List.of(anyOf));
    }

    /** The pattern's matcher over {@code text}, or null when no match is possible: text is null or holds none of the words. */
    Matcher matcherOrNull(String text) {
        if (text == null) {
            return null;
        }
        boolean ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        String searched = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        for (String word : anyOf) {
            if (searched.contains(word)) {
                return pattern.matcher(text);
            }
        }
        return null;
    }

    boolean find(String text) {
        Matcher matcher = matcherOrNull(text);
        return matcher != null && matcher.find();
    }
}
