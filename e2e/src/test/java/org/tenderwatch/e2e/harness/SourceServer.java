package org.tenderwatch.e2e.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server answering as Find a Tender's {@code ocdsReleasePackages} search does (windows by
 * {@code updatedFrom}/{@code updatedTo}, {@code limit}, {@code links.next} with a cursor), serving the generated
 * notices. {@link #cut()} closes its port, as a network cut would; {@link #restore()} opens it again.
 */
final class SourceServer implements AutoCloseable {

    static final String PATH = "/api/1.0/ocdsReleasePackages";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GeneratedNotices notices;
    private final int port;
    private final AtomicLong pages = new AtomicLong();
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private HttpServer server;

    SourceServer(GeneratedNotices notices, int port) throws IOException {
        this.notices = notices;
        this.port = port;
        restore();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + PATH;
    }

    long pagesServed() {
        return pages.get();
    }

    synchronized void cut() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    synchronized void restore() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            server.createContext(PATH, this::handle);
            server.setExecutor(executor);
            server.start();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (!query.containsKey("updatedFrom") || !query.containsKey("updatedTo")) {
                send(exchange, 400, "{\"error\":\"updatedFrom and updatedTo are required\"}");
                return;
            }
            Instant from = time(query.get("updatedFrom"));
            Instant to = time(query.get("updatedTo"));
            int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
            // Both ends included: the fetcher's windows overlap, and its publish-once takes care of the repeats.
            int start = query.containsKey("cursor") ? Integer.parseInt(query.get("cursor")) : notices.firstAtOrAfter(from);
            int end = notices.firstAtOrAfter(to.plusSeconds(1));
            ObjectNode page = JSON.createObjectNode();
            page.put("uri", baseUrl());
            page.put("publishedDate", Instant.now().toString());
            ArrayNode releases = page.putArray("releases");
            int stop = Math.min(end, start + limit);
            for (int n = start; n < stop; n++) {
                releases.add(notices.release(n));
            }
            if (stop < end) {
                page.putObject("links").put("next", baseUrl() + "?updatedFrom=" + query.get("updatedFrom")
                        + "&updatedTo=" + query.get("updatedTo") + "&limit=" + limit + "&cursor=" + stop);
            }
            pages.incrementAndGet();
            send(exchange, 200, JSON.writeValueAsString(page));
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Instant time(String value) {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    @Override
    public void close() {
        cut();
        executor.shutdownNow();
    }
}
