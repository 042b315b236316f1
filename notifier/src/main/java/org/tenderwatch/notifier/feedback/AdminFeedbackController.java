package org.tenderwatch.notifier.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tenderwatch.notifier.subscriptions.InvalidField;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/** The answers for operators: newest first as JSON, and all of them as a labels CSV to review. */
@Controller("/admin/feedback")
@Tag(name = "admin")
@SecurityRequirement(name = "adminToken")
class AdminFeedbackController {

    static final int MAX_PAGE = 500;
    /** Rows read per query of the export: it streams, so its memory does not grow with the number of answers. */
    static final int EXPORT_PAGE = 500;

    private final FeedbackRepository repository;

    AdminFeedbackController(FeedbackRepository repository) {
        this.repository = repository;
    }

    @Operation(summary = "Answers to the alerts' feedback links, newest first; ?before=<id> for the next page")
    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    List<FeedbackRow> list(@QueryValue @Nullable Long before, @QueryValue @Nullable Integer limit) {
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidField("limit", "must be 1 to " + MAX_PAGE);
        }
        return repository.page(before == null ? Long.MAX_VALUE : before, size);
    }

    @Operation(summary = "Every answer as CSV in the labelled data's format (file,category,specialties,notes)")
    @Get(value = "/labels.csv", produces = "text/csv")
    HttpResponse<Flux<String>> labels() {
        Flux<String> pages = Flux.<String, String[]>generate(() -> new String[]{"", ""}, (after, sink) -> {
            if (after == null) {
                sink.complete();
                return null;
            }
            List<LabelRow> rows = repository.labels(after[0], after[1], EXPORT_PAGE);
            sink.next(LabelsCsv.lines(rows));
            if (rows.size() < EXPORT_PAGE) {
                sink.complete();
                return null;
            }
            LabelRow last = rows.get(rows.size() - 1);
            return new String[]{last.releaseId(), last.chosenCategory()};
        }).subscribeOn(Schedulers.boundedElastic());
        return HttpResponse.ok(Flux.concat(Flux.just(LabelsCsv.HEADER), pages))
                .header("Content-Disposition", "attachment; filename=\"feedback-labels.csv\"");
    }
}
