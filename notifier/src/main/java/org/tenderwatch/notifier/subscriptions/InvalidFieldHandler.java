package org.tenderwatch.notifier.subscriptions;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/** A 400 that names the field, for every JSON endpoint. */
@Produces(MediaType.APPLICATION_JSON)
@Singleton
@Requires(classes = {InvalidField.class, ExceptionHandler.class})
class InvalidFieldHandler implements ExceptionHandler<InvalidField, HttpResponse<Map<String, String>>> {

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, InvalidField exception) {
        return HttpResponse.badRequest(Map.of("error", "invalid", "field", exception.field(), "message", exception.getMessage()));
    }
}
