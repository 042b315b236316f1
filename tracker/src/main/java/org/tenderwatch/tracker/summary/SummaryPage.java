package org.tenderwatch.tracker.summary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.tenderwatch.tracker.metrics.TrackerMetrics;
import org.tenderwatch.tracker.search.Listing;
import org.tenderwatch.tracker.web.InvalidParameter;
import org.tenderwatch.tracker.web.Pages;
import org.tenderwatch.tracker.web.Words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The summary page: {@code /summary?period=month|year|all} (this calendar month, this calendar year, all time). */
@Controller("/summary")
@ExecuteOn(TaskExecutors.BLOCKING)
class SummaryPage {

    private final Summary summary;
    private final Pages pages;
    private final TrackerMetrics metrics;
    private final Clock clock;

    SummaryPage(Summary summary, Pages pages, TrackerMetrics metrics, Clock clock) {
        this.clock = clock.withZone(Words.UK);
        this.summary = summary;
        this.pages = pages;
        this.metrics = metrics;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(@QueryValue @Nullable String period) {
        long start = System.nanoTime();
        String p = period == null || period.isBlank() ? "year" : period.trim();
        LocalDate today = LocalDate.now(clock);
        Instant since = switch (p) {
            case "month" -> today.withDayOfMonth(1).atStartOfDay(Words.UK).toInstant();
            case "year" -> today.withDayOfYear(1).atStartOfDay(Words.UK).toInstant();
            case "all" -> Instant.EPOCH;
            default -> throw new InvalidParameter("period", "'" + (p.length() > 20 ? p.substring(0, 20) : p) + "' is not one of [month, year, all]");
        };
        Summary.Figures figures = summary.since(since);
        Map<String, Object> m = new HashMap<>();
        String heading = switch (p) {
            case "month" -> "this month (" + today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + ")";
            case "year" -> "this year (" + today.getYear() + ")";
            default -> "all time";
        };
        m.put("heading", "Summary: " + heading);
        m.put("periods", List.of(period("month", "This month", p), period("year", "This year", p), period("all", "All time", p)));
        m.put("byCategory", figures.byCategory().stream().map(l -> line(l, Words.category(l.name()), "/?category=" + l.key())).toList());
        m.put("buyers", figures.buyers().stream().map(l -> line(l, l.name(), "/buyer/" + l.key())).toList());
        m.put("suppliers", figures.suppliers().stream().map(l -> line(l, l.name(), "/supplier/" + l.key())).toList());
        m.put("biggest", Listing.of(figures.biggest()));
        BigDecimal total = figures.winners().stream().map(Summary.Line::value).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        m.put("winners", figures.winners().stream().map(l -> {
            Map<String, Object> line = line(l, switch (l.key()) {
                case "private" -> "Private companies";
                case "nhs" -> "NHS bodies";
                default -> "Others or not known";
            }, "");
            line.put("share", share(l.value(), total));
            return line;
        }).toList());
        m.put("empty", figures.byCategory().isEmpty());
        HttpResponse<String> page = pages.render(HttpStatus.OK, Pages.Section.SUMMARY, "summary", "Summary", m);
        metrics.pageServed("summary", Duration.ofNanos(System.nanoTime() - start));
        return page;
    }

    private static Map<String, Object> period(String value, String label, String current) {
        return Map.of("link", "/summary?period=" + value, "label", label, "current", value.equals(current));
    }

    private static Map<String, Object> line(Summary.Line l, String name, String link) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("link", link);
        m.put("count", NumberFormat.getIntegerInstance(Locale.UK).format(l.count()));
        m.put("value", Words.money(l.value(), null));
        return m;
    }

    private static String share(@Nullable BigDecimal value, BigDecimal total) {
        if (value == null || total.signum() == 0) {
            return "";
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_UP) + "%";
    }
}
