package org.tenderwatch.classifier.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Limits of {@code POST /classify}, an anonymous endpoint whose cost grows with its body. The body limit itself is
 * the server's {@code micronaut.server.max-request-size}: this service has no other endpoint that takes a body.
 *
 * @param maxConcurrentRequests requests classified at once; beyond that a request is refused at once with 503
 * @param retryAfter            what the 503's {@code Retry-After} tells the caller to wait
 */
@ConfigurationProperties("classifier.api")
record ApiSettings(
        @Bindable(defaultValue = "2") int maxConcurrentRequests,
        @Bindable(defaultValue = "1s") Duration retryAfter) {
}
