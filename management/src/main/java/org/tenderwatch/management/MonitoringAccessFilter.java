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

/**
 * Health for everyone, details and metrics for operators. {@code /health} and its liveness and readiness answer
 * anyone with the status alone (and 503 when DOWN, which is all an orchestrator's probe reads); with the monitoring
 * token the request carries the {@link Operator} principal, which {@code endpoints.health.details-visible:
 * AUTHENTICATED} shows the details to. {@code /prometheus} and {@code /metrics} need the token. Any other
 * Authorization header (another service's admin token, a proxy's Basic credentials) is ignored on {@code /health}:
 * a probe behind such a proxy must still read the status. Digests are compared in constant time, so neither the
 * token nor its length leaks through timing ({@link BearerToken}).
 */
@ServerFilter({"/health", "/health/**", "/prometheus", "/prometheus/**", "/metrics", "/metrics/**"})
class MonitoringAccessFilter implements Ordered {

    private final BearerToken token;

    MonitoringAccessFilter(MonitoringSettings settings) {
        this.token = new BearerToken(settings.token());
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authorise(HttpRequest<?> request) {
        if (token.presentedBy(request)) {
            request.setAttribute(HttpAttributes.PRINCIPAL, new Operator());
            return null;
        }
        if (request.getPath().startsWith("/health")) {
            return null;
        }
        return HttpResponse.unauthorized()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tender-watch-monitoring\"")
                .body(new JsonError(!token.configured()
                        ? "metrics and health details are closed: MONITORING_TOKEN is not set"
                        : "a valid monitoring bearer token is required"));
    }

    /** Before Micronaut's own endpoint filter, whose place is the security phase. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
