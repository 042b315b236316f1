package org.tenderwatch.e2e.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server standing in for Slack incoming webhooks under {@code /services/}. It keeps, of each post it
 * accepts, the webhook path, the generated OCIDs it speaks of and a digest of its body; for a while it can answer
 * 429 with {@code Retry-After} (Slack's rate limit) or 503.
 */
final class SlackSink implements AutoCloseable {

    enum Mode { ACCEPT, RATE_LIMITED, SERVER_ERROR }

    record Post(String path, List<String> ocids, int bodyHash, Instant at) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Pattern ocid;
    private final List<Post> received = new CopyOnWriteArrayList<>();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private volatile Mode mode = Mode.ACCEPT;

    SlackSink(int port, String ocidPattern) throws IOException {
        this.ocid = Pattern.compile(ocidPattern);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.createContext("/services/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Where loopback webhooks may point, for the notifier's local demo mode. */
    String prefix() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/services/";
    }

    String webhook(String name) {
        return prefix() + "T000/B000/" + name;
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    List<Post> received() {
        return List.copyOf(received);
    }

    long rateLimited() {
        return rateLimited.get();
    }

    long serverErrors() {
        return serverErrors.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Mode now = mode;
            if (now == Mode.RATE_LIMITED) {
                rateLimited.incrementAndGet();
                exchange.getResponseHeaders().add("Retry-After", "1");
                answer(exchange, 429, "rate_limited");
                return;
            }
            if (now == Mode.SERVER_ERROR) {
                serverErrors.incrementAndGet();
                answer(exchange, 503, "service_unavailable");
                return;
            }
            List<String> ocids = new ArrayList<>();
            Matcher matcher = ocid.matcher(body);
            while (matcher.find()) {
                if (!ocids.contains(matcher.group())) {
                    ocids.add(matcher.group());
                }
            }
            received.add(new Post(exchange.getRequestURI().getPath(), List.copyOf(ocids), body.hashCode(), Instant.now()));
            answer(exchange, 200, "ok");
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
