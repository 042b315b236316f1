package org.tenderwatch.tracker.search;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Lifecycle;
import org.tenderwatch.tracker.metrics.TrackerMetrics;
import org.tenderwatch.tracker.web.Pages;
import org.tenderwatch.tracker.web.Words;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The search page: a form that submits by GET, so the address of every result list can be shared. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchPage {

    private final SearchParameters parameters;
    private final ProcurementSearch search;
    private final Vocabulary vocabulary;
    private final Pages pages;
    private final TrackerMetrics metrics;

    SearchPage(SearchParameters parameters, ProcurementSearch search, Vocabulary vocabulary, Pages pages, TrackerMetrics metrics) {
        this.parameters = parameters;
        this.search = search;
        this.vocabulary = vocabulary;
        this.pages = pages;
        this.metrics = metrics;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(HttpRequest<?> request) {
        long start = System.nanoTime();
        SearchQuery query = parameters.read(request.getParameters());
        // A submitted form sends every field, most of them empty: the address to share should hold only the filters.
        boolean hasBlank = request.getParameters().asMap().values().stream().flatMap(List::stream).anyMatch(String::isBlank);
        if (hasBlank) {
            return HttpResponse.<String>seeOther(java.net.URI.create(query.pageLink(query.page())));
        }
        ProcurementSearch.Results results = search.search(query);
        Map<String, Object> model = form(query);
        model.put("rows", Listing.of(results.rows()));
        model.put("none", results.rows().isEmpty());
        String count = NumberFormat.getIntegerInstance(Locale.UK).format(results.total());
        model.put("count", results.moreThanTotal() ? "More than " + count + " procurements"
                : results.total() == 1 ? "1 procurement" : count + " procurements");
        int pagesInAll = Math.max(1, (results.total() + query.size() - 1) / query.size());
        model.put("pageOf", "Page " + query.page() + " of " + (results.moreThanTotal() ? "many" : pagesInAll));
        if (query.page() > 1) {
            model.put("previous", query.pageLink(query.page() - 1));
        }
        if ((long) query.page() * query.size() < results.total() || (results.moreThanTotal() && results.rows().size() == query.size())) {
            model.put("next", query.pageLink(query.page() + 1));
        }
        String filters = SearchQuery.encode(query.parameters());
        String suffix = filters.isEmpty() ? "" : "?" + filters;
        model.put("csv", "/search.csv" + suffix);
        model.put("json", "/search.json" + suffix);
        model.put("atom", "/search.atom" + suffix);
        model.put("filtered", query.filtered());
        HttpResponse<String> page = pages.render(HttpStatus.OK, Pages.Section.SEARCH, "search",
                query.filtered() ? "Search results" : "Search", model);
        metrics.pageServed("search", Duration.ofNanos(System.nanoTime() - start));
        return page;
    }

    private Map<String, Object> form(SearchQuery query) {
        Vocabulary.Terms terms = vocabulary.terms();
        Map<String, Object> m = new HashMap<>();
        m.put("q", query.words() == null ? "" : query.words());
        m.put("categories", Arrays.stream(Category.values()).filter(Category::relevant).map(c -> Map.of(
                "value", c.label(), "label", Words.category(c.label()), "checked", query.categories().contains(c.label()))).toList());
        m.put("shows", List.of(
                option("relevant", "Relevant procurements", query.show() == Show.RELEVANT),
                option("possibly", "Also those possibly relevant", query.show() == Show.POSSIBLY),
                option("all", "Every notice, relevant or not", query.show() == Show.ALL)));
        m.put("specialties", terms.specialties().stream().map(s -> option(s, s, s.equals(query.specialty()))).toList());
        m.put("signals", terms.signals().stream().map(s -> option(s, s, s.equals(query.signal()))).toList());
        m.put("sources", terms.sources().stream().map(s -> option(s, s, s.equals(query.source()))).toList());
        m.put("lifecycles", Arrays.stream(Lifecycle.values()).map(l -> option(l.label(), l.plainWords(),
                l.label().equals(query.lifecycle()))).toList());
        boolean byDefault = query.sort() == SearchQuery.defaultSort(query.words());
        m.put("sorts", List.of(option("", "Best match when searching words, otherwise newest", byDefault),
                option("date", "Newest first", !byDefault && query.sort() == Sort.DATE),
                option("value", "Largest value first", query.sort() == Sort.VALUE)));
        m.put("buyer", query.buyer() == null ? "" : query.buyer().replace('-', ' '));
        m.put("supplier", query.supplier() == null ? "" : query.supplier().replace('-', ' '));
        m.put("region", query.region() == null ? "" : query.region());
        m.put("min", query.minValue() == null ? "" : query.minValue().toPlainString());
        m.put("max", query.maxValue() == null ? "" : query.maxValue().toPlainString());
        m.put("from", query.from() == null ? "" : query.from().toString());
        m.put("to", query.to() == null ? "" : query.to().toString());
        return m;
    }

    private static Map<String, Object> option(String value, String label, boolean selected) {
        return Map.of("value", value, "label", label, "selected", selected);
    }
}
