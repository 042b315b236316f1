package org.tenderwatch.tracker.export;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.ObjectMapper;
import org.tenderwatch.tracker.metrics.TrackerMetrics;
import org.tenderwatch.tracker.search.ProcurementSearch;
import org.tenderwatch.tracker.search.SearchParameters;
import org.tenderwatch.tracker.search.SearchQuery;
import org.tenderwatch.tracker.search.Sort;
import org.tenderwatch.tracker.web.TrackerSettings;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The same searches as the page, to take away: {@code /search.csv} and {@code /search.json} stream every result
 * (no page, no cap), {@code /search.atom} is a feed of the newest. Same parameters, same validation.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportController {

    private final SearchParameters parameters;
    private final CursorExport export;
    private final ProcurementSearch search;
    private final ObjectMapper json;
    private final TrackerSettings tracker;
    private final ExportSettings config;
    private final TrackerMetrics metrics;

    ExportController(SearchParameters parameters, CursorExport export, ProcurementSearch search, ObjectMapper json,
                     TrackerSettings tracker, ExportSettings config, TrackerMetrics metrics) {
        this.parameters = parameters;
        this.export = export;
        this.search = search;
        this.json = json;
        this.tracker = tracker;
        this.config = config;
        this.metrics = metrics;
    }

    @Get("/search.csv")
    HttpResponse<StreamedFile> csv(HttpRequest<?> request) {
        SearchQuery query = parameters.read(request.getParameters());
        var in = export.stream(query, "csv", out -> {
            try {
                return new CsvRows(out, tracker.base());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return download(new StreamedFile(in, new MediaType("text/csv;charset=utf-8")), "tender-watch.csv");
    }

    @Get("/search.json")
    HttpResponse<StreamedFile> json(HttpRequest<?> request) {
        SearchQuery query = parameters.read(request.getParameters());
        var in = export.stream(query, "json", out -> new JsonRows(out, json, tracker.base()));
        return download(new StreamedFile(in, MediaType.APPLICATION_JSON_TYPE), "tender-watch.json");
    }

    @Get(value = "/search.atom", produces = "application/atom+xml;charset=utf-8")
    HttpResponse<String> atom(HttpRequest<?> request) {
        SearchQuery asked = parameters.read(request.getParameters());
        SearchQuery newest = new SearchQuery(asked.words(), asked.categories(), asked.show(), asked.specialty(), asked.signal(),
                asked.lifecycle(), asked.buyer(), asked.supplier(), asked.region(), asked.minValue(), asked.maxValue(),
                asked.from(), asked.to(), asked.source(), Sort.DATE, 1, config.feedEntries(), false);
        var rows = search.search(newest).rows();
        String filters = SearchQuery.encode(asked.parameters());
        String searchPath = filters.isEmpty() ? "/" : "/?" + filters;
        String title = "Tender Watch: " + (filters.isEmpty() ? "relevant NHS procurements" : "NHS procurements matching " + describe(asked));
        metrics.export("atom", "complete");
        metrics.exportRows("atom", rows.size());
        return HttpResponse.ok(AtomFeed.write(tracker.base(), searchPath, title, rows))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Error(exception = CursorExport.TooManyExports.class)
    HttpResponse<String> tooMany(CursorExport.TooManyExports e) {
        return HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                .contentType(MediaType.TEXT_PLAIN_TYPE).body(e.getMessage() + "\n");
    }

    private static HttpResponse<StreamedFile> download(StreamedFile file, String name) {
        return HttpResponse.ok(file).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff");
    }

    private static String describe(SearchQuery q) {
        return q.parameters().entrySet().stream().map(e -> e.getKey() + ": " + String.join(" or ", e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
