package org.tenderwatch.notifier.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.tenderwatch.management.BearerToken;

import java.util.Map;

/**
 * Guards {@code /admin/**} with a bearer token from the environment. Digests are compared in constant time, so
 * neither the token nor its length leaks through timing. No token configured: nobody gets in.
 */
@ServerFilter("/admin/**")
class AdminTokenFilter {

    private final BearerToken token;

    AdminTokenFilter(SecuritySettings config) {
        this.token = new BearerToken(config.adminToken());
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        return token.presentedBy(request) ? null : HttpResponse.unauthorized()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tender-watch-admin\"")
                .body(Map.of("error", "unauthorized", "message", "a valid admin bearer token is required"));
    }
}
