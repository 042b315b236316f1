package org.tenderwatch.notifier.subscriptions;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns region filters and delivery regions into comparable terms. ITL/NUTS codes are hierarchical, so a
 * notice in {@code UKE42} yields {@code itl:UKE}, {@code itl:UKE4} and {@code itl:UKE42}; a postcode yields its
 * area and district ({@code pc:LS}, {@code pc:LS1}). Codes and postcode areas live in separate namespaces because
 * {@code TL} is both the ITL 2025 prefix and Telford's postcode area: a filter needs three characters to mean ITL.
 */
public final class Regions {

    private static final Pattern ITL = Pattern.compile("(UK|TL)[A-Z0-9]{1,4}");
    private static final Pattern AREA = Pattern.compile("[A-Z]{1,2}");
    private static final Pattern DISTRICT = Pattern.compile("([A-Z]{1,2})[0-9][0-9A-Z]?");
    private static final Pattern POSTCODE = Pattern.compile("(([A-Z]{1,2})[0-9][0-9A-Z]?)([0-9][A-Z]{2})?");

    private Regions() {
    }

    /** The term a subscription's region filter stands for, or empty when it is neither an ITL code nor a postcode part. */
    public static Optional<String> filterTerm(String region) {
        String r = normalise(region);
        if (ITL.matcher(r).matches()) {
            return Optional.of("itl:" + r);
        }
        if (AREA.matcher(r).matches() || DISTRICT.matcher(r).matches()) {
            return Optional.of("pc:" + r);
        }
        var postcode = POSTCODE.matcher(r);
        if (postcode.matches()) {
            return Optional.of("pc:" + postcode.group(1));
        }
        return Optional.empty();
    }

    /** Every term a notice's delivery region satisfies. */
    public static Set<String> noticeTerms(String region) {
        String r = normalise(region);
        Set<String> terms = new LinkedHashSet<>();
        if (ITL.matcher(r).matches()) {
            for (int length = 3; length <= r.length(); length++) {
                terms.add("itl:" + r.substring(0, length));
            }
            return terms;
        }
        var postcode = POSTCODE.matcher(r);
        if (postcode.matches()) {
            terms.add("pc:" + postcode.group(2));
            terms.add("pc:" + postcode.group(1));
        }
        return terms;
    }

    private static String normalise(String region) {
        return region.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
