package org.tenderwatch.notifier.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whatever no other handler answers: a 500 that says nothing about the inside (no SQL, no stack, no class names),
 * with a reference that finds the full error in the log. Micronaut's own handlers for bad requests stay in charge
 * of theirs, being closer to their exception types.
 */
@Singleton
class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final Pages pages;

    UnexpectedErrorHandler(Pages pages) {
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error {} answering {} {}", reference, request.getMethod(), request.getPath(), exception);
        String path = request.getPath();
        if (path.startsWith("/api/") || path.startsWith("/admin/")) {
            return HttpResponse.serverError(Map.of("error", "internal", "message",
                    "something went wrong on our side; reference " + reference));
        }
        return pages.message(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                List.of("It went wrong on our side, not yours. Please try again later (reference " + reference + ")."), Map.of());
    }
}
