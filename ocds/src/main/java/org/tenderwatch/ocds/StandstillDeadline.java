package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last day of the standstill or representation period: {@code awards[].standstillPeriod.endDate} where the
 * notice has one, otherwise the date in the sentence that says by when representations must be made ("by midnight
 * on 29/10/2025", "by 23rd March 2026"). Real notices print dates that do not exist ("31 April 2026") or that fall
 * before the notice itself: those are anomalies and left out, never corrected to a guess.
 */
final class StandstillDeadline {

    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DATE = "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+(\\d{4})"
            + "|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b)";
    private static final GuardedPattern DEADLINE = GuardedPattern.of(Pattern.compile(
            "(?:representations?|standstill)[^.]{0,200}?\\b(?:by|before|until|prior to|on|ends?|expires?|closes?)\\b"
                    + "[^.]{0,40}?" + DATE, Pattern.CASE_INSENSITIVE), "representation", "standstill");

    private StandstillDeadline() {
    }

    /**
     * @param releaseDate when the notice was published, to refuse a deadline before it; null when unknown (a compiled
     *                    release is dated by its latest notice, not by the one that set the deadline)
     */
    static LocalDate of(JsonNode release, String text, OffsetDateTime releaseDate, Consumer<String> anomalies) {
        for (JsonNode award : Nodes.array(release, "awards")) {
            JsonNode period = award.get("standstillPeriod");
            if (period != null && period.isObject() && Nodes.text(period, "endDate") != null) {
                OffsetDateTime end = Nodes.dateTime(period, "endDate", anomalies);
                return end == null ? null : plausible(end.toLocalDate(), "awards[].standstillPeriod.endDate",
                        releaseDate, anomalies);
            }
        }
        return text == null ? null : fromText(text, releaseDate, anomalies);
    }

    private static LocalDate fromText(String text, OffsetDateTime releaseDate, Consumer<String> anomalies) {
        Matcher matcher = DEADLINE.matcherOrNull(text);
        if (matcher == null || !matcher.find()) {
            return null;
        }
        String written = matcher.group().substring(matcher.start(matcher.group(1) != null ? 1 : 4) - matcher.start());
        try {
            LocalDate date = matcher.group(1) != null
                    ? LocalDate.of(Integer.parseInt(matcher.group(3)), month(matcher.group(2)), Integer.parseInt(matcher.group(1)))
                    : LocalDate.of(year(matcher.group(6)), Integer.parseInt(matcher.group(5)), Integer.parseInt(matcher.group(4)));
            return plausible(date, "the representation deadline '" + written + "'", releaseDate, anomalies);
        } catch (DateTimeException e) {
            anomalies.accept("the representation deadline '" + written + "' is not a real date: left out");
            return null;
        }
    }

    private static LocalDate plausible(LocalDate date, String what, OffsetDateTime releaseDate, Consumer<String> anomalies) {
        if (releaseDate != null && date.isBefore(releaseDate.toLocalDate())) {
            anomalies.accept(what + " (" + date + ") is before the notice was published: left out");
            return null;
        }
        return date;
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (java.time.Month month : java.time.Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.UK).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new DateTimeException("no month named " + name);
    }

    private static int year(String written) {
        return written.length() == 2 ? 2000 + Integer.parseInt(written) : Integer.parseInt(written);
    }
}
