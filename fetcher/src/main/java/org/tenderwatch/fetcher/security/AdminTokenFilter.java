package org.tenderwatch.fetcher.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * Guards {@code /backfill} with a bearer token from the environment: a backfill makes the fetcher read the sources
 * for as long as the range is, so only the operator may ask for one, list them or cancel one. Digests are compared
 * in constant time, so neither the token nor its length leaks through timing. No token configured: nobody gets in.
 */
@ServerFilter({"/backfill", "/backfill/**"})
class AdminTokenFilter {

    private final byte[] expected;

    AdminTokenFilter(SecuritySettings settings) {
        String token = settings.adminToken();
        this.expected = token == null || token.isBlank() ? null : sha256(token);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        boolean allowed = expected != null && header != null && header.startsWith("Bearer ")
                && MessageDigest.isEqual(expected, sha256(header.substring("Bearer ".length()).trim()));
        return allowed ? null : HttpResponse.unauthorized()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tender-watch-fetcher\"")
                .body(Map.of("error", "unauthorized", "message", "a valid admin bearer token is required"));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
