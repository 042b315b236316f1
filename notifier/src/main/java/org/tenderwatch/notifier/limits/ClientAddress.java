package org.tenderwatch.notifier.limits;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Who a request comes from, for per-client limits. The connection's own address unless
 * {@code notifier.limits.client-address-header} names the header a trusted reverse proxy sets; then its last entry,
 * the one that proxy added. Micronaut's default resolver believes any {@code Forwarded} or {@code X-Forwarded-For}
 * a client sends, which would let every request claim to come from somewhere new.
 */
@Singleton
public class ClientAddress {

    private final String header;

    ClientAddress(@Value("${notifier.limits.client-address-header:}") String header) {
        this.header = header == null || header.isBlank() ? null : header.trim();
    }

    public String of(HttpRequest<?> request) {
        if (header != null) {
            String forwarded = request.getHeaders().get(header);
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].trim();
            }
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
