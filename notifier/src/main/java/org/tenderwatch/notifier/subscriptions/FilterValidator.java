package org.tenderwatch.notifier.subscriptions;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Stage;
import org.tenderwatch.notifier.matching.Regions;

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

    private FilterValidator() {
    }

    public static SubscriptionFilter filter(SubscriptionFilter filter) {
        SubscriptionFilter f = filter == null ? SubscriptionFilter.anything() : filter;
        if (f.minValue() != null && f.minValue().compareTo(BigDecimal.ZERO) < 0) {
            throw new InvalidField("filter.minValue", "must not be negative");
        }
        if (f.minConfidence() != null && (f.minConfidence() < 0 || f.minConfidence() > 1)) {
            throw new InvalidField("filter.minConfidence", "must be between 0 and 1");
        }
        return new SubscriptionFilter(
                list("filter.categories", f.categories(), FilterValidator::category),
                list("filter.specialties", f.specialties(), FilterValidator::lower),
                list("filter.signals", f.signals(), FilterValidator::lower),
                list("filter.buyers", f.buyers(), String::trim),
                list("filter.regions", f.regions(), FilterValidator::region),
                list("filter.keywords", f.keywords(), k -> k.trim().replaceAll("\\s+", " ")),
                list("filter.stages", f.stages(), FilterValidator::stage),
                f.minValue(), f.minConfidence());
    }

    public static String email(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            throw new InvalidField("email", "an email address is required (at most 254 characters)");
        }
        try {
            InternetAddress address = new InternetAddress(email.trim(), true);
            address.validate();
            if (address.getPersonal() != null || !address.getAddress().contains(".")) {
                throw new AddressException("not a plain address");
            }
            return address.getAddress();
        } catch (AddressException e) {
            throw new InvalidField("email", "'" + email.trim() + "' is not a valid email address");
        }
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
        return n;
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
            String c = canonical.apply(value);
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

    private static String lower(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    private static String squash(String value) {
        return value.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
