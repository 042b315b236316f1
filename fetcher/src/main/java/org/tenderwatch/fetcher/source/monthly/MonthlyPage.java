package org.tenderwatch.fetcher.source.monthly;

import org.tenderwatch.fetcher.source.ApiQuery;
import org.tenderwatch.fetcher.source.Window;

import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request of a window: a month and a notice type, and the last month the window reaches. The last month rides
 * in the location's fragment, which is never sent, so that the next request can be told from this one alone.
 */
record MonthlyPage(YearMonth month, int noticeType, YearMonth through) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM-yyyy");
    // The portals date notices in UK time: a month is a UK calendar month.
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** The first notice type of the first month a window touches; empty when no notice type is asked for. */
    static Optional<MonthlyPage> first(Window window, List<Integer> noticeTypes) {
        if (noticeTypes.isEmpty()) {
            return Optional.empty();
        }
        YearMonth first = YearMonth.from(window.from().atZone(UK));
        YearMonth last = YearMonth.from(window.to().minusNanos(1).atZone(UK));
        return Optional.of(new MonthlyPage(first, noticeTypes.get(0), last));
    }

    /** The next notice type of this month, else the first of the next month, until the window's last month is read. */
    Optional<MonthlyPage> next(List<Integer> noticeTypes) {
        int index = noticeTypes.indexOf(noticeType);
        if (index >= 0 && index + 1 < noticeTypes.size()) {
            return Optional.of(new MonthlyPage(month, noticeTypes.get(index + 1), through));
        }
        if (month.isBefore(through) && !noticeTypes.isEmpty()) {
            return Optional.of(new MonthlyPage(month.plusMonths(1), noticeTypes.get(0), through));
        }
        return Optional.empty();
    }

    String location(String baseUrl, String locale) {
        return ApiQuery.of(baseUrl)
                .param("dateFrom", MONTH.format(month))
                .param("noticeType", noticeType)
                .param("outputType", 0)
                .param("locale", locale)
                .url() + "#through=" + MONTH.format(through);
    }

    /** The address to ask: the location without its fragment. */
    static String request(String location) {
        int fragment = location.indexOf('#');
        return fragment < 0 ? location : location.substring(0, fragment);
    }

    static MonthlyPage parse(String location) {
        URI uri = URI.create(location);
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                query.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        String fragment = uri.getFragment();
        if (!query.containsKey("dateFrom") || !query.containsKey("noticeType") || fragment == null
                || !fragment.startsWith("through=")) {
            throw new IllegalArgumentException("not a location of a monthly source: " + location);
        }
        return new MonthlyPage(YearMonth.parse(query.get("dateFrom"), MONTH), Integer.parseInt(query.get("noticeType")),
                YearMonth.parse(fragment.substring("through=".length()), MONTH));
    }
}
