package org.tenderwatch.notifier.limits;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/** 429 with Retry-After, for the JSON API and the form alike (a browser shows the message). */
@Singleton
class RateLimitedHandler implements ExceptionHandler<ConfirmationLimits.RateLimited, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConfirmationLimits.RateLimited exception) {
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(exception.retryAfterSeconds()))
                .body(Map.of("error", "rate-limited", "message", exception.getMessage()));
    }
}
