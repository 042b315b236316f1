package org.tenderwatch.classifier.classify;

import org.tenderwatch.ocds.Mojibake;

import java.text.Normalizer;
import java.util.Arrays;
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

    // Accented Latin letters fold to their base letter through a table built once: cheaper than NFD on every text.
    private static final char FOLD_FROM = '\u00c0';
    private static final char FOLD_TO = '\u0180';
    private static final char[] FOLDED = foldTable();
    private static final boolean[] ASCII_WORD = asciiWordTable();

    private final List<String> joinPrefixes;

    public TextNormaliser(Collection<String> joinPrefixes) {
        this.joinPrefixes = joinPrefixes.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    public String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String source = Mojibake.repair(text);
        int length = source.length();
        // A plain char array rather than a StringBuilder: this loop runs over every character of every notice.
        char[] out = new char[length + 16];
        int size = 0;
        int wordStart = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < length; i++) {
            char c = source.charAt(i);
            if (c >= FOLD_FROM && c < FOLD_TO && FOLDED[c - FOLD_FROM] != 0) {
                c = FOLDED[c - FOLD_FROM];
            }
            if (c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c)) {
                if (size + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                if (pendingSpace && size > 0) {
                    out[size++] = ' ';
                    wordStart = size;
                }
                pendingSpace = false;
                out[size++] = c < 128 ? (char) (c | (c >= 'A' && c <= 'Z' ? 0x20 : 0)) : Character.toLowerCase(c);
            } else if (c == '\'' || c == '\u2019' || c == '\u2018' || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (c == '-' && !pendingSpace && i + 1 < length && Character.isLetter(source.charAt(i + 1))
                    && isJoinPrefix(out, wordStart, size)) {
                continue;
            } else if (c == '&') {
                i = skipEntity(source, i);
                if (size + 5 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2 + 5);
                }
                if (size > 0) {
                    out[size++] = ' ';
                }
                out[size++] = 'a';
                out[size++] = 'n';
                out[size++] = 'd';
                pendingSpace = true;
            } else if (c == '<') {
                i = skipTag(source, i);
                pendingSpace = true;
            } else {
                pendingSpace = true;
            }
        }
        return new String(out, 0, size);
    }

    private boolean isJoinPrefix(char[] out, int wordStart, int size) {
        int wordLength = size - wordStart;
        for (String prefix : joinPrefixes) {
            if (prefix.length() == wordLength && sameChars(out, wordStart, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameChars(char[] out, int from, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (out[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] asciiWordTable() {
        boolean[] table = new boolean[128];
        for (char c = 0; c < 128; c++) {
            table[c] = Character.isLetterOrDigit(c);
        }
        return table;
    }

    private static char[] foldTable() {
        char[] table = new char[FOLD_TO - FOLD_FROM];
        for (char c = FOLD_FROM; c < FOLD_TO; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            table[c - FOLD_FROM] = decomposed.length() > 1 && base < 128 ? base : 0;
        }
        return table;
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
