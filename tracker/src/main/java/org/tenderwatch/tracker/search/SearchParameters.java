package org.tenderwatch.tracker.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import jakarta.inject.Singleton;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Lifecycle;
import org.tenderwatch.tracker.record.OrganisationNames;
import org.tenderwatch.tracker.web.InvalidParameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a search from a URL's query string, refusing what it cannot use with a message that says what would do:
 * an unknown parameter, a repeated one, a value out of range, a page too deep. Empty values (an empty form field)
 * count as absent.
 */
@Singleton
public class SearchParameters {

    private static final Set<String> KNOWN = Set.of("q", "category", "show", "specialty", "signal", "lifecycle", "buyer",
            "supplier", "region", "min", "max", "from", "to", "source", "sort", "page", "size");
    private static final Pattern TERM = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Pattern REGION = Pattern.compile("[A-Z0-9]{2,8}");
    private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");
    private static final int MAX_WORDS = 200;
    private static final int MAX_NAME = 120;

    private final SearchSettings config;

    SearchParameters(SearchSettings config) {
        this.config = config;
    }

    public SearchQuery read(HttpParameters parameters) {
        for (String name : parameters.names()) {
            if (!KNOWN.contains(name)) {
                throw new InvalidParameter(name, "there is no such filter; the filters are " + KNOWN.stream().sorted().toList());
            }
        }
        String words = text(parameters, "q", MAX_WORDS);
        Set<String> categories = new LinkedHashSet<>();
        for (String value : parameters.getAll("category")) {
            if (!value.isBlank()) {
                categories.add(oneOf("category", value, Arrays.stream(Category.values()).map(Category::label).toList()));
            }
        }
        String show = single(parameters, "show");
        String lifecycle = single(parameters, "lifecycle");
        String sort = single(parameters, "sort");
        BigDecimal min = money(parameters, "min");
        BigDecimal max = money(parameters, "max");
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidParameter("min", "the smallest value (" + min.toPlainString() + ") is more than the largest (" + max.toPlainString() + ")");
        }
        LocalDate from = date(parameters, "from");
        LocalDate to = date(parameters, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameter("from", "the first day (" + from + ") is after the last (" + to + ")");
        }
        String region = single(parameters, "region");
        if (region != null) {
            region = region.trim().toUpperCase(Locale.ROOT).replace(" ", "");
            if (!REGION.matcher(region).matches()) {
                throw new InvalidParameter("region", "give an ITL or NUTS code (UKE, TLI3) or a postcode area or district (LS, YO31)");
            }
        }
        Sort order = sort == null ? SearchQuery.defaultSort(words)
                : Sort.valueOf(oneOf("sort", sort, List.of("date", "value", "relevance")).toUpperCase(Locale.ROOT));
        if (order == Sort.RELEVANCE && words == null) {
            throw new InvalidParameter("sort", "sorting by relevance needs words to search for (q)");
        }
        int size = number(parameters, "size", config.pageSize(), 1, config.maxPageSize());
        int page = number(parameters, "page", 1, 1, Integer.MAX_VALUE);
        if ((long) (page - 1) * size > config.maxOffset()) {
            throw new InvalidParameter("page", "pages go only " + config.maxOffset() + " results deep; narrow the search, "
                    + "or download every result as CSV or JSON");
        }
        return new SearchQuery(words, categories,
                show == null ? Show.RELEVANT : Show.valueOf(oneOf("show", show, List.of("relevant", "possibly", "all")).toUpperCase(Locale.ROOT)),
                term(parameters, "specialty"), term(parameters, "signal"),
                lifecycle == null ? null : oneOf("lifecycle", lifecycle, Arrays.stream(Lifecycle.values()).map(Lifecycle::label).toList()),
                organisation(parameters, "buyer"), organisation(parameters, "supplier"), region, min, max, from, to,
                term(parameters, "source"), order, page, size, single(parameters, "size") != null);
    }

    private static @Nullable String single(HttpParameters parameters, String name) {
        List<String> values = parameters.getAll(name).stream().filter(v -> !v.isBlank()).toList();
        if (values.size() > 1) {
            throw new InvalidParameter(name, "give it once, not " + values.size() + " times");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static @Nullable String text(HttpParameters parameters, String name, int maxLength) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new InvalidParameter(name, "at most " + maxLength + " characters");
        }
        if (trimmed.chars().anyMatch(c -> c < 0x20)) {
            throw new InvalidParameter(name, "control characters cannot be searched for");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String oneOf(String name, String value, List<String> allowed) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new InvalidParameter(name, "'" + shorten(value) + "' is not one of " + allowed);
        }
        return v;
    }

    private static @Nullable String term(HttpParameters parameters, String name) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!TERM.matcher(v).matches()) {
            throw new InvalidParameter(name, "use lower-case letters, digits and hyphens, as in 'mental-health'");
        }
        return v;
    }

    /** A name or part of one, as typed or as a key from a link: both become the key form, words in order. */
    private static @Nullable String organisation(HttpParameters parameters, String name) {
        String value = text(parameters, name, MAX_NAME);
        if (value == null) {
            return null;
        }
        String key = OrganisationNames.key(value);
        if (key == null) {
            throw new InvalidParameter(name, "give a name with at least one letter or digit");
        }
        return key;
    }

    private static @Nullable BigDecimal money(HttpParameters parameters, String name) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.trim().replace(",", "").replace("£", ""));
            if (amount.signum() < 0 || amount.compareTo(MAX_MONEY) > 0) {
                throw new InvalidParameter(name, "give an amount in pounds between 0 and 1,000,000,000,000");
            }
            return amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new InvalidParameter(name, "'" + shorten(value) + "' is not an amount; write it as 250000");
        }
    }

    private static @Nullable LocalDate date(HttpParameters parameters, String name) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            if (day.getYear() < 1990 || day.getYear() > 2100) {
                throw new InvalidParameter(name, "give a day between 1990 and 2100");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, "'" + shorten(value) + "' is not a day; write it as 2026-04-30");
        }
    }

    private static int number(HttpParameters parameters, String name, int fallback, int least, int most) {
        String value = single(parameters, name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < least || n > most) {
                throw new InvalidParameter(name, "give a whole number from " + least + " to " + most);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidParameter(name, "give a whole number from " + least + " to " + most);
        }
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
