package org.tenderwatch.classifier.api;

import dev.failsafe.Bulkhead;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.hateoas.JsonError;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Lets a bounded number of {@code /classify} requests in at a time and refuses the rest at once with 503 and
 * {@code Retry-After}. The permit is taken before the body is read, so what a burst of large bodies can hold on the
 * heap is permits × the body limit, not callers × body size: overload is a fast refusal, never an OutOfMemoryError.
 */
@ServerFilter("/classify")
class ClassifyAdmission {

    private final Bulkhead<Object> permits;
    private final String retryAfterSeconds;
    private final Counter refused;

    ClassifyAdmission(ApiSettings settings, MeterRegistry meters) {
        this.permits = Bulkhead.of(settings.maxConcurrentRequests());
        this.retryAfterSeconds = String.valueOf(Math.max(1, settings.retryAfter().toSeconds()));
        this.refused = Counter.builder("tenderwatch.classifier.api.refused")
                .description("POST /classify requests refused because the limit of concurrent requests was reached")
                .register(meters);
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> admit(HttpRequest<?> request, FilterContinuation<HttpResponse<?>> next) {
        if (!permits.tryAcquirePermit()) {
            refused.increment();
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                    .body(new JsonError("busy: " + permits.getConfig().getMaxConcurrency()
                            + " notices are being classified already; try again in " + retryAfterSeconds + " s"));
        }
        try {
            return next.proceed();
        } finally {
            permits.releasePermit();
        }
    }
}
