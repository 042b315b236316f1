package org.tenderwatch.ocds;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252, as Contracts Finder publishes it: {@code Â£} for
 * {@code £}, {@code â€™} for {@code ’}. Only runs of characters that re-encode to valid UTF-8 are changed, so
 * correctly written accents and symbols elsewhere in the same text are left alone.
 */
public final class Mojibake {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    // A lead byte of a UTF-8 sequence seen through cp1252 (Â Ã … ï), then continuation characters.
    private static final Pattern SUSPECT = Pattern.compile("[\\u00c2-\\u00ef][\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161"
            + "\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026\\u2030"
            + "\\u2039\\u203a\\u20ac\\u2122]{1,3}");

    private Mojibake() {
    }

    public static boolean suspect(String text) {
        return text != null && SUSPECT.matcher(text).find();
    }

    /**
     * The text with its mojibake repaired; the same instance when there was nothing to repair. Cheap on text without
     * any: the classifier calls it on every field of every notice.
     */
    public static String repair(String text) {
        if (text == null || !mayHold(text)) {
            return text;
        }
        Matcher matcher = SUSPECT.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder repaired = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(repaired, Matcher.quoteReplacement(redecode(matcher.group())));
        } while (matcher.find());
        matcher.appendTail(repaired);
        return repaired.toString();
    }

    /** A lead character of {@link #SUSPECT} followed by another non-ASCII one; most text has none, and no regex runs. */
    private static boolean mayHold(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00c2' && c <= '\u00ef' && text.charAt(i + 1) > 127) {
                return true;
            }
        }
        return false;
    }

    private static String redecode(String run) {
        try {
            CharsetEncoder encoder = CP1252.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(run));
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException notMojibake) {
            // Genuine Latin-1 text such as "Ã©tude" that does not form UTF-8: keep it as written.
            return run;
        }
    }
}
