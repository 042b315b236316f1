package org.tenderwatch.tracker.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.tenderwatch.tracker.metrics.TrackerMetrics;

/**
 * A bad parameter is a 400 that names it: an HTML page for pages, plain text for exports and feeds, so a script
 * downloading a CSV reads the reason rather than a page.
 */
@Produces
@Singleton
@Requires(classes = {InvalidParameter.class, ExceptionHandler.class})
class ErrorPages implements ExceptionHandler<InvalidParameter, HttpResponse<?>> {

    private final Pages pages;
    private final TrackerMetrics metrics;

    ErrorPages(Pages pages, TrackerMetrics metrics) {
        this.pages = pages;
        this.metrics = metrics;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidParameter e) {
        metrics.badRequest();
        String message = "The parameter '" + e.parameter() + "' cannot be used: " + e.getMessage();
        if (Exports.isExport(request.getPath())) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN_TYPE + ";charset=utf-8").body(message + "\n");
        }
        return pages.problem(HttpStatus.BAD_REQUEST, "That search cannot be run", message);
    }
}
