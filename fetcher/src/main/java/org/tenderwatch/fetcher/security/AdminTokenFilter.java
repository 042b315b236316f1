package org.tenderwatch.fetcher.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.tenderwatch.management.BearerToken;

import java.util.Map;

/**
 * Guards {@code /backfill} with a bearer token from the environment: a backfill makes the fetcher read the sources
 * for as long as the range is, so only the operator may ask for one, list them or cancel one. Digests are compared
 * in constant time, so neither the token nor its length leaks through timing. No token configured: nobody gets in.
 */
@ServerFilter({"/backfill", "/backfill/**"})
class AdminTokenFilter {

    private final BearerToken token;

    AdminTokenFilter(SecuritySettings settings) {
        this.token = new BearerToken(settings.adminToken());
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        return token.presentedBy(request) ? null : HttpResponse.unauthorized()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tender-watch-fetcher\"")
                .body(Map.of("error", "unauthorized", "message", "a valid admin bearer token is required"));
    }
}
