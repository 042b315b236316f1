package org.tenderwatch.tracker.search;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A validated search: every filter, the order and the page. {@link #parameters()} writes it back as the query
 * string it came from, so every combination has a URL that can be shared.
 */
public record SearchQuery(
        @Nullable String words,
        Set<String> categories,
        Show show,
        @Nullable String specialty,
        @Nullable String signal,
        @Nullable String lifecycle,
        @Nullable String buyer,
        @Nullable String supplier,
        @Nullable String region,
        @Nullable BigDecimal minValue,
        @Nullable BigDecimal maxValue,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String source,
        Sort sort,
        int page,
        int size,
        boolean sizeRequested) {

    /** The query string without the page (for filters, exports and feeds), in a fixed order. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "q", words);
        if (!categories.isEmpty()) {
            p.put("category", categories.stream().sorted().toList());
        }
        if (show != Show.RELEVANT) {
            put(p, "show", show.label());
        }
        put(p, "specialty", specialty);
        put(p, "signal", signal);
        put(p, "lifecycle", lifecycle);
        put(p, "buyer", buyer);
        put(p, "supplier", supplier);
        put(p, "region", region);
        put(p, "min", minValue == null ? null : minValue.toPlainString());
        put(p, "max", maxValue == null ? null : maxValue.toPlainString());
        put(p, "from", from == null ? null : from.toString());
        put(p, "to", to == null ? null : to.toString());
        put(p, "source", source);
        return p;
    }

    /** Filters and order, for links to other pages of the same results. */
    public String queryString() {
        Map<String, List<String>> p = parameters();
        if (sort != defaultSort(words)) {
            put(p, "sort", sort.label());
        }
        return encode(p);
    }

    /** The search page showing another page of these results. */
    public String pageLink(int otherPage) {
        List<String> parts = new ArrayList<>();
        String q = queryString();
        if (!q.isEmpty()) {
            parts.add(q);
        }
        if (otherPage > 1) {
            parts.add("page=" + otherPage);
        }
        if (sizeRequested) {
            parts.add("size=" + size);
        }
        return parts.isEmpty() ? "/" : "/?" + String.join("&", parts);
    }

    public static Sort defaultSort(@Nullable String words) {
        return words == null ? Sort.DATE : Sort.RELEVANCE;
    }

    public boolean filtered() {
        return !parameters().isEmpty();
    }

    public static String encode(Map<String, List<String>> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, values) -> values.forEach(v -> pairs.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return pairs.stream().collect(Collectors.joining("&"));
    }

    private static void put(Map<String, List<String>> p, String name, @Nullable String value) {
        if (value != null) {
            p.put(name, List.of(value));
        }
    }
}
