package org.tenderwatch.fetcher.link;

import org.tenderwatch.events.NoticeFetched;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A notice as a person would recognise it on another portal: its buyer and title with case, accents, punctuation
 * and spacing set aside (portals re-type them), the UK day it was published and its lifecycle event.
 */
record Fingerprint(String buyerKey, String titleKey, LocalDate publishedOn, String lifecycle) {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    // Compiled once: replaceAll on a String compiles its pattern again at every call.
    private static final Pattern MARK = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Empty when the notice lacks a buyer, a title or a date: such a notice is not matched by appearance. */
    static Optional<Fingerprint> of(NoticeFetched notice) {
        String buyer = notice.buyer() == null ? null : key(notice.buyer().name());
        String title = key(notice.title());
        if (buyer == null || title == null || notice.releaseDate() == null) {
            return Optional.empty();
        }
        return Optional.of(new Fingerprint(buyer, title, notice.releaseDate().atZoneSameInstant(UK).toLocalDate(),
                notice.lifecycle() == null ? "" : notice.lifecycle().label()));
    }

    static String key(String text) {
        if (text == null) {
            return null;
        }
        String plain = NOT_WORD.matcher(MARK.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return plain.isEmpty() ? null : plain;
    }
}
