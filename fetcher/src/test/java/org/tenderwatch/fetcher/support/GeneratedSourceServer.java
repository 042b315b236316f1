package org.tenderwatch.fetcher.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Answers like Find a Tender ({@code /fat/ocdsReleasePackages}) over any number of releases made, page by page as they
 * are asked for, from the real recorded releases: release {@code k} is recorded release {@code k mod n} with a fresh
 * ocid, id and date (one second after release {@code k - 1}). Release {@code k} belongs to procurement {@code k mod
 * procurements}, so each procurement's releases lie far apart in the window and, newest first, arrive newest first.
 */
public final class GeneratedSourceServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    /** Each recorded release as the JSON that follows its ocid, id and date: {@code ,"tag":[…],…}} or {@code }}. */
    private final List<String> recorded;
    private final int releases;
    private final int procurements;
    private final Instant start;

    private GeneratedSourceServer(List<String> recordedTexts, int releases, int procurements, Instant start) throws IOException {
        this.recorded = recordedTexts.stream().map(GeneratedSourceServer::withoutIdentity).toList();
        this.releases = releases;
        this.procurements = procurements;
        this.start = start;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fat/ocdsReleasePackages", this::search);
        server.start();
    }

    public static GeneratedSourceServer serving(List<String> recordedTexts, int releases, int procurements, Instant start) {
        try {
            return new GeneratedSourceServer(recordedTexts, releases, procurements, start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String findATenderUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fat/ocdsReleasePackages";
    }

    public static String ocid(int procurement) {
        return "ocds-h6vhtk-g" + procurement;
    }

    public static String releaseId(int release) {
        return String.format("%06d-2099", release);
    }

    /** The release's place in its procurement: 0 for the oldest. */
    public int sequence(String releaseId) {
        return Integer.parseInt(releaseId.substring(0, 6)) / procurements;
    }

    private void search(HttpExchange exchange) throws IOException {
        Map<String, String> query = SourceExchanges.query(exchange.getRequestURI().getRawQuery());
        Instant from = LocalDateTime.parse(query.get("updatedFrom")).toInstant(ZoneOffset.UTC);
        Instant to = LocalDateTime.parse(query.get("updatedTo")).toInstant(ZoneOffset.UTC);
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        int offset = Integer.parseInt(query.getOrDefault("cursor", "0"));
        // Releases k with start + k s in [from, to], newest first.
        long first = Math.max(0, (long) Math.ceil((from.getEpochSecond() - start.getEpochSecond())));
        long last = Math.min(releases - 1L, to.getEpochSecond() - start.getEpochSecond());
        long count = Math.max(0, last - first + 1);
        String self = "http://127.0.0.1:" + server.getAddress().getPort() + exchange.getRequestURI().getPath()
                + "?updatedFrom=" + query.get("updatedFrom") + "&updatedTo=" + query.get("updatedTo") + "&limit=" + limit;
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream body = exchange.getResponseBody()) {
            StringBuilder page = new StringBuilder("{\"uri\":\"").append(self).append("\",\"version\":\"1.1\",\"releases\":[");
            for (long i = offset; i < Math.min(count, offset + (long) limit); i++) {
                page.append(i == offset ? "" : ",").append(release((int) (last - i)));
            }
            page.append("]");
            if (offset + limit < count) {
                page.append(",\"links\":{\"next\":\"").append(self).append("&cursor=").append(offset + limit).append("\"}");
            }
            body.write(page.append("}").toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Written by joining strings, not trees: the server must not be what the test measures. */
    private String release(int k) {
        return "{\"ocid\":\"" + ocid(k % procurements) + "\",\"id\":\"" + releaseId(k) + "\",\"date\":\""
                + start.plusSeconds(k) + "\"" + recorded.get(k % recorded.size());
    }

    private static String withoutIdentity(String text) {
        try {
            ObjectNode release = (ObjectNode) JSON.readTree(text);
            release.remove(List.of("ocid", "id", "date"));
            String rest = JSON.writeValueAsString(release).substring(1);
            return rest.equals("}") ? rest : "," + rest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    @Override
    public void close() {
        server.stop(0);
    }
}
