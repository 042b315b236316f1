package org.tenderwatch.classifier.classify;

import org.tenderwatch.ocds.Mojibake;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Folds text so that one phrase matches every way notices write it: lower case, accents stripped, mojibake
 * repaired, HTML tags and punctuation turned into single spaces, apostrophes dropped ("Trust's" = "trusts"), and a
 * hyphen after a join prefix removed ("in-sourced" = "insourced", "non-emergency" = "nonemergency"). The result
 * holds only {@code [a-z0-9]} words separated by single spaces.
 */
public final class TextNormaliser {

    private final List<String> joinPrefixes;

    public TextNormaliser(Collection<String> joinPrefixes) {
        this.joinPrefixes = joinPrefixes.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    public String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String source = text;
        if (hasNonAscii(source)) {
            source = Normalizer.normalize(Mojibake.repair(source), Normalizer.Form.NFD);
        }
        StringBuilder out = new StringBuilder(source.length());
        int wordStart = 0;
        boolean pendingSpace = false;
        int length = source.length();
        for (int i = 0; i < length; i++) {
            char c = source.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                    wordStart = out.length();
                } else if (out.isEmpty()) {
                    wordStart = 0;
                }
                pendingSpace = false;
                out.append(Character.toLowerCase(c));
            } else if (c == '\'' || c == '\u2019' || c == '\u2018' || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (c == '-' && !pendingSpace && i + 1 < length && Character.isLetter(source.charAt(i + 1))
                    && isJoinPrefix(out, wordStart)) {
                continue;
            } else if (c == '&') {
                i = skipEntity(source, i);
                out.append(out.isEmpty() ? "and" : " and");
                pendingSpace = true;
            } else if (c == '<') {
                i = skipTag(source, i);
                pendingSpace = true;
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    private boolean isJoinPrefix(StringBuilder out, int wordStart) {
        int wordLength = out.length() - wordStart;
        for (String prefix : joinPrefixes) {
            if (prefix.length() == wordLength && out.indexOf(prefix, wordStart) == wordStart) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNonAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return true;
            }
        }
        return false;
    }

    /** {@code &amp;} as published by some sources counts as one ampersand. */
    private static int skipEntity(String text, int at) {
        return text.startsWith("amp;", at + 1) ? at + 4 : at;
    }

    /** Skips a short HTML tag such as {@code <br/>}; a lone '<' is just punctuation. */
    private static int skipTag(String text, int at) {
        int close = text.indexOf('>', at);
        return close > at && close - at <= 12 ? close : at;
    }
}
