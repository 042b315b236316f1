package org.tenderwatch.tracker.search;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.tracker.web.Pages;

/** A search stopped by its timeout is a 503 that asks for a narrower search, never a page that waits for ever. */
@Produces
@Singleton
class SearchErrors implements ExceptionHandler<SearchTimedOut, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(SearchErrors.class);

    private final Pages pages;

    SearchErrors(Pages pages) {
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, SearchTimedOut e) {
        LOG.warn("search stopped by its timeout: {}?{}", request.getPath(), request.getUri().getRawQuery());
        return pages.problem(HttpStatus.SERVICE_UNAVAILABLE, "That search took too long",
                "It was stopped so that the site stays quick for everyone. Add a filter or more words and try again.");
    }
}
