package org.tenderwatch.notifier.limits;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.notifier.metrics.NotifierMetrics;
import reactor.core.publisher.Flux;

import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Refuses, before the body is read, what would cost more than a request may: a body larger than its endpoint needs
 * (413), an anonymous body of unknown length (411), and anonymous requests beyond those being served at once
 * (503 with Retry-After). Overload is then a fast refusal, never a heap filled with bodies that wait their turn.
 */
@Filter({"/api/**", "/subscribe", "/confirm", "/unsubscribe", "/manage", "/manage/**", "/feedback/**", "/mute/**",
        "/admin/**"})
class RequestLimitsFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLimitsFilter.class);

    private final LimitsSettings config;
    private final Semaphore anonymous;
    private final NotifierMetrics metrics;

    RequestLimitsFilter(LimitsSettings config, NotifierMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.anonymous = new Semaphore(config.anonymousConcurrent());
    }

    @Override
    public int getOrder() {
        // Before anything else looks at the request, the admin token check included.
        return ServerFilterPhase.FIRST.order();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        boolean admin = request.getPath().startsWith("/admin/");
        long length = request.getContentLength();
        int limit = admin ? config.adminBody() : config.publicBody();
        if (length > limit) {
            return refuse(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "body-too-large",
                    "the body may be at most " + limit + " bytes here");
        }
        if (!admin && length < 0 && hasBody(request)) {
            return refuse(request, HttpStatus.LENGTH_REQUIRED, "length-required", "send a Content-Length with the body");
        }
        if (admin) {
            return chain.proceed(request);
        }
        if (!anonymous.tryAcquire()) {
            return refuse(request, HttpStatus.SERVICE_UNAVAILABLE, "too-many-at-once", "too many requests at once; try again in a second");
        }
        return Flux.from(chain.proceed(request)).doFinally(signal -> anonymous.release());
    }

    private static boolean hasBody(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        return (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH)
                && request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private Publisher<MutableHttpResponse<?>> refuse(HttpRequest<?> request, HttpStatus status, String error, String message) {
        metrics.requestRefused(error);
        LOG.debug("{} {} refused: {}", request.getMethod(), request.getPath(), message);
        MutableHttpResponse<?> response = HttpResponse.status(status).body(Map.of("error", error, "message", message));
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, "1");
        }
        // The rest of a refused body is not wanted: closing lets the server drop it instead of reading it.
        response.header(HttpHeaders.CONNECTION, "close");
        return Publishers.just(response);
    }
}
