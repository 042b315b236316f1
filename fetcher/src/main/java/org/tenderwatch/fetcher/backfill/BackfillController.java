package org.tenderwatch.fetcher.backfill;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.fetcher.Durations;
import org.tenderwatch.fetcher.source.NoticeSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST /backfill {"source", "from", "to"}} queues a range; {@code GET /backfill[/id]} tells how far it got;
 * {@code DELETE /backfill/id} cancels it. Operator only (see AdminTokenFilter).
 */
@Controller("/backfill")
class BackfillController {

    private static final Logger LOG = LoggerFactory.getLogger(BackfillController.class);

    // No UK source publishes notices from before this; an earlier date is a typing error, not a range to read.
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private final BackfillJobs jobs;
    private final Set<String> sources;
    private final BackfillSettings settings;
    private final Clock clock;

    BackfillController(BackfillJobs jobs, List<NoticeSource> sources, BackfillSettings settings, Clock clock) {
        this.jobs = jobs;
        this.sources = sources.stream().map(NoticeSource::name).collect(Collectors.toSet());
        this.settings = settings;
        this.clock = clock;
    }

    @Post
    HttpResponse<BackfillJob> request(@Body Request request) {
        if (request.source() == null || !sources.contains(request.source())) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "source must be one of " + sources + ", got " + request.source());
        }
        if (request.from() == null || request.to() == null || !request.from().isBefore(request.to())) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "from must be before to, e.g. {\"from\": \"2026-01-01T00:00:00Z\", \"to\": \"2026-01-08T00:00:00Z\"}");
        }
        if (request.from().isBefore(EARLIEST) || request.to().isAfter(clock.instant().plus(Duration.ofMinutes(1)))) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "from and to must lie between " + EARLIEST
                    + " and now; live polling reads what is published from now on");
        }
        if (Duration.between(request.from(), request.to()).compareTo(settings.maxRange()) > 0) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "a backfill covers at most " + Durations.human(settings.maxRange())
                    + " (fetcher.backfill.max-range); ask for a longer range as several jobs");
        }
        long pending = jobs.pending();
        if (pending >= settings.maxPending()) {
            throw new HttpStatusException(HttpStatus.TOO_MANY_REQUESTS, pending + " backfill jobs are waiting already (at most "
                    + settings.maxPending() + ", fetcher.backfill.max-pending); wait for them or cancel one");
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

    /** Stops a pending job before its next window; what it already published stays published. */
    @Delete("/{id}")
    BackfillJob cancel(long id) {
        BackfillJob job = one(id);
        if (!jobs.cancel(id)) {
            throw new HttpStatusException(HttpStatus.CONFLICT, "backfill job " + id + " is " + job.status()
                    + "; only a pending job can be cancelled");
        }
        return one(id);
    }

    /** A date that is not one (month 13, a year of five digits): a 400 that says so, never a stack trace. */
    @Error(exception = ConversionErrorException.class)
    HttpResponse<Map<String, String>> unreadable(HttpRequest<?> request, ConversionErrorException e) {
        return HttpResponse.badRequest(Map.of("message", "could not read '" + e.getArgument().getName() + "': give source, "
                + "and from and to as ISO-8601 instants, e.g. {\"source\": \"find-a-tender\", \"from\": "
                + "\"2026-01-01T00:00:00Z\", \"to\": \"2026-01-08T00:00:00Z\"}"));
    }

    /** What the database said stays in the log: an answer never carries SQL. */
    @Error(exception = DataAccessException.class)
    HttpResponse<Map<String, String>> database(HttpRequest<?> request, DataAccessException e) {
        LOG.error("backfill request {} {} failed in the database: {}", request.getMethod(), request.getPath(), e.getMessage(), e);
        return HttpResponse.<Map<String, String>>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("message", "the fetcher's database did not take the request; try again later"));
    }

    @Serdeable
    record Request(String source, Instant from, Instant to) {
    }
}
