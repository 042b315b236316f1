package org.tenderwatch.testing;

import io.micronaut.http.HttpHeaders;

import java.util.Optional;

/** What a running service answered, error statuses included: tests assert on 4xx and 5xx as on 200. */
public record Answer(int statusCode, String body, HttpHeaders headers) {

    public Optional<String> header(String name) {
        return headers.findFirst(name);
    }
}
