package org.tenderwatch.notifier.subscriptions;

import org.tenderwatch.events.Category;
import org.tenderwatch.events.Stage;
import org.tenderwatch.events.Vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Checks what people send and puts it in canonical form; anything wrong is an {@link InvalidField} naming the field. */
public final class FilterValidator {

    static final int MAX_ENTRIES = 50;
    static final int MAX_LENGTH = 120;
    /** Larger than any public contract (the whole NHS England budget is about £190bn): anything above is a mistake. */
    static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");

    private FilterValidator() {
    }

    public static SubscriptionFilter filter(SubscriptionFilter filter) {
        SubscriptionFilter f = filter == null ? SubscriptionFilter.anything() : filter;
        BigDecimal minValue = money("filter.minValue", f.minValue());
        if (f.minConfidence() != null && (f.minConfidence() < 0 || f.minConfidence() > 1)) {
            throw new InvalidField("filter.minConfidence", "must be between 0 and 1");
        }
        return new SubscriptionFilter(
                list("filter.categories", f.categories(), FilterValidator::category),
                list("filter.specialties", f.specialties(), FilterValidator::specialty),
                list("filter.signals", f.signals(), FilterValidator::signal),
                list("filter.buyers", f.buyers(), String::trim),
                list("filter.regions", f.regions(), FilterValidator::region),
                list("filter.keywords", f.keywords(), k -> k.trim().replaceAll("\\s+", " ")),
                list("filter.stages", f.stages(), FilterValidator::stage),
                minValue, f.minConfidence());
    }

    public static Cadence cadence(String cadence) {
        try {
            return cadence == null || cadence.isBlank() ? Cadence.INSTANT : Cadence.fromLabel(cadence);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("cadence", e.getMessage());
        }
    }

    public static int digestHour(Integer hour) {
        if (hour != null && (hour < 0 || hour > 23)) {
            throw new InvalidField("digestHour", "must be an hour of the day, 0 to 23 (Europe/London)");
        }
        return hour == null ? 7 : hour;
    }

    public static String name(String name) {
        String n = name == null ? "" : name.trim();
        if (n.length() > 200) {
            throw new InvalidField("name", "at most 200 characters");
        }
        return storable("name", n);
    }

    /**
     * Text PostgreSQL and every JSON reader can hold, on one line: no NUL or other control character, no half of a
     * surrogate pair. Refused rather than cleaned: what someone typed is theirs to correct.
     */
    static String storable(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidField(field, "must not contain control characters (such as NUL or a line break)");
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    throw new InvalidField(field, "contains a broken character (half of a surrogate pair)");
                }
                i++;
            }
        }
        return value;
    }

    /** A minimum in pounds: 0 to £1 trillion, whole pence at most. Never rounded, never turned into 0. */
    private static BigDecimal money(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        // Compared before anything expands it: 1e999999999 written out in full would be a billion digits.
        if (value.signum() < 0 || value.compareTo(MAX_MONEY) > 0) {
            throw new InvalidField(field, "must be between 0 and " + MAX_MONEY.toPlainString() + " (pounds)");
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 2) {
            throw new InvalidField(field, "at most two decimal places (pence)");
        }
        // Plain and short as stored: 0E-20000 is zero, 1E+3 is 1000.
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static List<String> list(String field, List<String> values, UnaryOperator<String> canonical) {
        if (values.size() > MAX_ENTRIES) {
            throw new InvalidField(field, "at most " + MAX_ENTRIES + " entries");
        }
        List<String> result = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
                throw new InvalidField(field, "entries must be non-empty and at most " + MAX_LENGTH + " characters");
            }
            String c = canonical.apply(storable(field, value));
            if (!result.contains(c)) {
                result.add(c);
            }
        }
        return result;
    }

    /** Accepts the labels with or without underscores ("non_clinical_outsourcing" is nonclinical_outsourcing). */
    private static String category(String value) {
        String wanted = squash(value);
        return Arrays.stream(Category.values()).map(Category::label).filter(label -> squash(label).equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidField("filter.categories", "unknown category '" + value.trim() + "', expected one of "
                        + Arrays.stream(Category.values()).map(Category::label).toList()));
    }

    private static String stage(String value) {
        try {
            return Stage.fromLabel(value).label();
        } catch (IllegalArgumentException e) {
            throw new InvalidField("filter.stages", "unknown stage '" + value.trim() + "', expected one of "
                    + Arrays.stream(Stage.values()).map(Stage::label).toList());
        }
    }

    private static String region(String value) {
        if (Regions.filterTerm(value).isEmpty()) {
            throw new InvalidField("filter.regions", "'" + value.trim() + "' is neither an ITL code (e.g. UKE, TLI3) nor a postcode area or district (e.g. LS, LS1)");
        }
        return value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** One of the specialties the classifier can tag (the shared vocabulary): anything else would never match. */
    private static String specialty(String value) {
        String id = lower(value);
        if (!Vocabulary.isSpecialty(id)) {
            throw new InvalidField("filter.specialties", "unknown specialty '" + id + "'; choose from "
                    + String.join(", ", Vocabulary.specialtyIds()));
        }
        return id;
    }

    /** One of the signals the classifier can raise (the shared vocabulary). */
    private static String signal(String value) {
        String id = lower(value);
        if (!Vocabulary.isSignal(id)) {
            throw new InvalidField("filter.signals", "unknown signal '" + id + "'; choose from " + String.join(", ", Vocabulary.signalIds()));
        }
        return id;
    }

    private static String lower(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    private static String squash(String value) {
        return value.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
