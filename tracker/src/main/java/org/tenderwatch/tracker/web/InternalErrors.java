package org.tenderwatch.tracker.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure on our side is logged with the request and answered with a 500 that says nothing of the inside (no
 * SQL, no stack): the public sees pages, never the database's error messages.
 */
@Produces
@Singleton
class InternalErrors implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(InternalErrors.class);

    private final Pages pages;

    InternalErrors(Pages pages) {
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException e) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
        if (Exports.isExport(request.getPath())) {
            return HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.TEXT_PLAIN_TYPE)
                    .body("Something went wrong on our side; it has been logged. Please try again later.\n");
        }
        return pages.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "Something went wrong on our side; it has been logged. Please try again later.");
    }
}
