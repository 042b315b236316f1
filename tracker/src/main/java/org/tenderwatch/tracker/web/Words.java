package org.tenderwatch.tracker.web;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Lifecycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages say things: categories, stages, money and dates in plain British English. */
public final class Words {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK);

    private Words() {
    }

    public static String category(String label) {
        return switch (Category.fromLabel(label)) {
            case CLINICAL_INSOURCING -> "Clinical insourcing";
            case CLINICAL_OUTSOURCING -> "Clinical outsourcing";
            case NONCLINICAL_OUTSOURCING -> "Non-clinical outsourcing";
            case NOT_RELEVANT -> "Not relevant";
        };
    }

    /** The lifecycle event in plain words, or the OCDS stage when the release did not say. */
    public static String stage(@Nullable String lifecycle, @Nullable String stage) {
        if (lifecycle != null) {
            return Lifecycle.fromLabel(lifecycle).plainWords();
        }
        if (stage == null || stage.equals("unknown")) {
            return "Published";
        }
        return Character.toUpperCase(stage.charAt(0)) + stage.substring(1);
    }

    /** £1,234,567 (GBP or no currency given) or 1,234,567 EUR. */
    public static String money(@Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(amount.scale() > 0 && amount.remainder(BigDecimal.ONE).signum() != 0 ? 2 : 0);
        String figure = format.format(amount.setScale(2, RoundingMode.HALF_UP));
        return currency == null || currency.equalsIgnoreCase("GBP") ? "£" + figure : figure + " " + currency;
    }

    public static String day(@Nullable Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(UK));
    }

    public static String day(@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(UK)) + " UK time";
    }

    public static String isoDay(@Nullable Instant instant) {
        return instant == null ? "" : instant.atZone(UK).toLocalDate().toString();
    }

    /** A link that may be followed from a page: http(s) only, so a notice cannot plant javascript: or data: links. */
    public static @Nullable String safeLink(@Nullable String url) {
        if (url == null) {
            return null;
        }
        String u = url.trim();
        String lower = u.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? u : null;
    }
}
