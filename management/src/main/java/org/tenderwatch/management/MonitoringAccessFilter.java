package org.tenderwatch.management;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.hateoas.JsonError;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Health for everyone, details and metrics for operators. {@code /health} and its liveness and readiness answer
 * anyone with the status alone (and 503 when DOWN, which is all an orchestrator's probe reads); with the monitoring
 * token the request carries the {@link Operator} principal, which {@code endpoints.health.details-visible:
 * AUTHENTICATED} shows the details to. {@code /prometheus} and {@code /metrics} need the token. Any other
 * Authorization header (another service's admin token, a proxy's Basic credentials) is ignored on {@code /health}:
 * a probe behind such a proxy must still read the status. Digests are compared in constant time, so neither the
 * token nor its length leaks through timing.
 */
@ServerFilter({"/health", "/health/**", "/prometheus", "/prometheus/**", "/metrics", "/metrics/**"})
class MonitoringAccessFilter implements Ordered {

    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    MonitoringAccessFilter(MonitoringSettings settings) {
        String token = settings.token();
        this.expected = token == null || token.isBlank() ? null : sha256(token);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authorise(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        boolean operator = expected != null && header != null && header.startsWith(BEARER)
                && MessageDigest.isEqual(expected, sha256(header.substring(BEARER.length()).trim()));
        if (operator) {
            request.setAttribute(HttpAttributes.PRINCIPAL, new Operator());
            return null;
        }
        if (request.getPath().startsWith("/health")) {
            return null;
        }
        return HttpResponse.unauthorized()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tender-watch-monitoring\"")
                .body(new JsonError(expected == null
                        ? "metrics and health details are closed: MONITORING_TOKEN is not set"
                        : "a valid monitoring bearer token is required"));
    }

    /** Before Micronaut's own endpoint filter, whose place is the security phase. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
