package org.tenderwatch.fetcher.source;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.StringJoiner;

/**
 * Builds a source's search URL; both APIs take times as {@code YYYY-MM-DDTHH:MM:SS} without a zone, written as the
 * sources' own links write them (colons and commas unescaped).
 */
public final class ApiQuery {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final String baseUrl;
    private final StringJoiner query = new StringJoiner("&");

    private ApiQuery(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static ApiQuery of(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalStateException("a live source needs fetcher.sources.<name>.base-url");
        }
        return new ApiQuery(baseUrl);
    }

    public ApiQuery time(String name, Instant value) {
        return param(name, TIME.format(value));
    }

    public ApiQuery param(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8).replace("%2C", ",").replace("%3A", ":"));
        }
        return this;
    }

    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + query;
    }
}
