package org.tenderwatch.notifier.limits;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * {@code notifier.limits.*}: what a request may cost. The server-wide {@code micronaut.server.max-request-size}
 * must be at least {@code adminBody}: it refuses anything larger before a byte of it is kept.
 *
 * @param publicBody          largest body of an anonymous request (subscribe form, public API, link buttons)
 * @param adminBody           largest body of an admin request (a subscription with every filter list full)
 * @param anonymousConcurrent anonymous requests served at once; more are answered 503 at once
 */
@ConfigurationProperties("notifier.limits")
record LimitsSettings(
        @Bindable(defaultValue = "8KB") @ReadableBytes int publicBody,
        @Bindable(defaultValue = "64KB") @ReadableBytes int adminBody,
        @Bindable(defaultValue = "8") int anonymousConcurrent) {
}
