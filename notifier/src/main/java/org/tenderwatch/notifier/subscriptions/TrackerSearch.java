package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.annotation.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A subscription's filter as a search on the public record (the tracker's search parameters, see its README), for
 * "and N more" links. The tracker takes one specialty, signal, buyer and region: a filter naming several of one of
 * these leaves it out, so the search shows more rather than fewer. Stages and the minimum confidence have no
 * search parameter and are left out too.
 */
public final class TrackerSearch {

    private TrackerSearch() {
    }

    /** The query string, without the "?": {@code q=...&category=...&from=2026-11-16&to=2026-11-23}. */
    public static String query(SubscriptionFilter filter, @Nullable LocalDate from, @Nullable LocalDate to) {
        List<String> p = new ArrayList<>();
        if (!filter.keywords().isEmpty()) {
            p.add(param("q", filter.keywords().stream().map(k -> k.contains(" ") ? "\"" + k + "\"" : k)
                    .collect(Collectors.joining(" or "))));
        }
        filter.categories().forEach(category -> p.add(param("category", category)));
        if (filter.categories().contains("not_relevant")) {
            p.add(param("show", "all"));
        }
        single(p, "specialty", filter.specialties());
        single(p, "signal", filter.signals());
        single(p, "buyer", filter.buyers());
        single(p, "region", filter.regions());
        if (filter.minValue() != null) {
            p.add(param("min", filter.minValue().toPlainString()));
        }
        if (from != null) {
            p.add(param("from", from.toString()));
        }
        if (to != null) {
            p.add(param("to", to.toString()));
        }
        return String.join("&", p);
    }

    private static void single(List<String> p, String name, List<String> values) {
        if (values.size() == 1) {
            p.add(param(name, values.get(0)));
        }
    }

    private static String param(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
