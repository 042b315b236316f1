package org.tenderwatch.fetcher.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One search endpoint over real recorded releases, answered the way both sources answer: the releases of a date
 * window, newest first, a page of {@code limit} at a time, with an opaque cursor in {@code links.next}.
 */
final class RecordedSearch {

    private record Release(String id, Instant date, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Release> releases;
    private final String fromName;
    private final String toName;

    RecordedSearch(List<String> releaseTexts, String fromName, String toName) {
        this.releases = releaseTexts.stream().map(RecordedSearch::release).toList();
        this.fromName = fromName;
        this.toName = toName;
    }

    /** Whether the query asks for a window starting at or after {@code instant}. */
    boolean startsAtOrAfter(Map<String, String> query, Instant instant) {
        return query.containsKey(fromName) && !time(query.get(fromName)).isBefore(instant);
    }

    /** A vanished links.next is only visible on a page that has one. */
    boolean hasNext(Map<String, String> query) {
        return offset(query) + limit(query) < window(query).size();
    }

    /** The release package for the query, served at {@code self}; {@code links.next} left out when not {@code withNext}. */
    String page(String self, Map<String, String> query, boolean withNext) {
        int limit = limit(query);
        int offset = offset(query);
        List<Release> window = window(query);
        List<Release> page = window.subList(Math.min(offset, window.size()), Math.min(offset + limit, window.size()));
        String base = self + "?" + fromName + "=" + query.get(fromName) + "&" + toName + "=" + query.get(toName) + "&limit=" + limit;
        StringBuilder body = new StringBuilder("{\"uri\":\"").append(base).append("\",\"version\":\"1.1\",\"releases\":[");
        for (int i = 0; i < page.size(); i++) {
            body.append(i == 0 ? "" : ",").append(page.get(i).text());
        }
        body.append("]");
        if (withNext && offset + limit < window.size()) {
            String cursor = Base64.getUrlEncoder().encodeToString(Integer.toString(offset + limit).getBytes(StandardCharsets.UTF_8));
            body.append(",\"links\":{\"next\":\"").append(base).append("&cursor=").append(cursor).append("\"}");
        }
        return body.append("}").toString();
    }

    private List<Release> window(Map<String, String> query) {
        Instant from = time(query.get(fromName));
        Instant to = time(query.get(toName));
        return releases.stream()
                .filter(r -> !r.date().isBefore(from) && !r.date().isAfter(to))
                .sorted(Comparator.comparing(Release::date).reversed().thenComparing(Release::id))
                .toList();
    }

    private static int limit(Map<String, String> query) {
        return Integer.parseInt(query.getOrDefault("limit", "100"));
    }

    private static int offset(Map<String, String> query) {
        return query.containsKey("cursor") ? Integer.parseInt(new String(Base64.getUrlDecoder().decode(query.get("cursor")))) : 0;
    }

    private static Instant time(String value) {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    }

    private static Release release(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return new Release(node.path("id").asText(), OffsetDateTime.parse(node.path("date").asText()).toInstant(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
