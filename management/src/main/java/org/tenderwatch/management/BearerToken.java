package org.tenderwatch.management;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A bearer token from the environment, checked against a request's Authorization header. Digests are compared in
 * constant time, so neither the token nor its length leaks through timing. No token configured: nobody matches.
 */
public final class BearerToken {

    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    public BearerToken(@Nullable String token) {
        this.expected = token == null || token.isBlank() ? null : sha256(token);
    }

    public boolean configured() {
        return expected != null;
    }

    public boolean presentedBy(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        return expected != null && header != null && header.startsWith(BEARER)
                && MessageDigest.isEqual(expected, sha256(header.substring(BEARER.length()).trim()));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
