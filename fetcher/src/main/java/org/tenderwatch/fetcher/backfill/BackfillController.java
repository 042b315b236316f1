package org.tenderwatch.fetcher.backfill;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import org.tenderwatch.fetcher.source.NoticeSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code POST /backfill {"source", "from", "to"}} queues a range; {@code GET /backfill[/id]} tells how far it got. */
@Controller("/backfill")
class BackfillController {

    private final BackfillJobs jobs;
    private final Set<String> sources;

    BackfillController(BackfillJobs jobs, List<NoticeSource> sources) {
        this.jobs = jobs;
        this.sources = sources.stream().map(NoticeSource::name).collect(Collectors.toSet());
    }

    @Post
    HttpResponse<BackfillJob> request(@Body Request request) {
        if (request.source() == null || !sources.contains(request.source())) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "source must be one of " + sources + ", got " + request.source());
        }
        if (request.from() == null || request.to() == null || !request.from().isBefore(request.to())) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "from must be before to, e.g. {\"from\": \"2026-01-01T00:00:00Z\", \"to\": \"2026-01-08T00:00:00Z\"}");
        }
        return HttpResponse.accepted().body(jobs.request(request.source(), request.from(), request.to()));
    }

    @Get("/{id}")
    BackfillJob one(long id) {
        return jobs.find(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no backfill job " + id));
    }

    @Get
    List<BackfillJob> recent() {
        return jobs.recent();
    }

    @Serdeable
    record Request(String source, Instant from, Instant to) {
    }
}
