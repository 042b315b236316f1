package org.tenderwatch.tracker.organisations;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.tenderwatch.tracker.metrics.TrackerMetrics;
import org.tenderwatch.tracker.search.Listing;
import org.tenderwatch.tracker.web.InvalidParameter;
import org.tenderwatch.tracker.web.Pages;
import org.tenderwatch.tracker.web.Words;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** A page per buyer and per supplier: counts and values by category and year, and its latest procurements. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationPage {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

    private final Organisations organisations;
    private final Pages pages;
    private final TrackerMetrics metrics;

    OrganisationPage(Organisations organisations, Pages pages, TrackerMetrics metrics) {
        this.organisations = organisations;
        this.pages = pages;
        this.metrics = metrics;
    }

    @Get(value = "/buyer/{key}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> buyer(@PathVariable String key) {
        return page(Organisations.Role.BUYER, key);
    }

    @Get(value = "/supplier/{key}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> supplier(@PathVariable String key) {
        return page(Organisations.Role.SUPPLIER, key);
    }

    private HttpResponse<String> page(Organisations.Role role, String key) {
        long start = System.nanoTime();
        if (!KEY.matcher(key).matches()) {
            throw new InvalidParameter(role.name().toLowerCase(Locale.ROOT), "not a name Tender Watch could hold");
        }
        var found = organisations.read(role, key);
        if (found.isEmpty()) {
            return pages.problem(HttpStatus.NOT_FOUND, "No such " + role.word(),
                    "Tender Watch has no relevant procurement with this " + role.word() + ".");
        }
        Organisations.Profile profile = found.get();
        Map<String, Object> m = new HashMap<>();
        m.put("name", profile.name());
        m.put("role", role.word());
        m.put("asBuyer", role == Organisations.Role.BUYER);
        m.put("companiesHouse", profile.companiesHouse() == null ? "" : profile.companiesHouse());
        m.put("totals", profile.totals().stream().map(t -> Map.of("year", t.year(), "category", Words.category(t.category()),
                "count", NumberFormat.getIntegerInstance(Locale.UK).format(t.count()), "value", Words.money(t.value(), null))).toList());
        m.put("rows", Listing.of(profile.latest()));
        m.put("count", profile.count() == 1 ? "1 relevant procurement"
                : NumberFormat.getIntegerInstance(Locale.UK).format(profile.count()) + " relevant procurements");
        m.put("all", "/?" + role.parameter() + "=" + key);
        m.put("csv", "/search.csv?" + role.parameter() + "=" + key);
        HttpResponse<String> page = pages.render(HttpStatus.OK, Pages.Section.OTHER, "organisation", profile.name(), m);
        metrics.pageServed("organisation", Duration.ofNanos(System.nanoTime() - start));
        return page;
    }
}
