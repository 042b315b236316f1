package org.tenderwatch.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for a Slack incoming webhook. It answers the first {@code rateLimited}
 * requests with 429 and {@code Retry-After: 1}, as Slack does under load, and records every request.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(Instant at, int status, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger rateLimitedLeft;

    WebhookReceiver(int rateLimited) throws IOException {
        this.rateLimitedLeft = new AtomicInteger(rateLimited);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/services/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/services/T000/B000/e2e";
    }

    /** Requests answered 200, i.e. messages a Slack channel would show. */
    List<Received> delivered() {
        return received.stream().filter(r -> r.status() == 200).toList();
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean limited = rateLimitedLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        int status = limited ? 429 : 200;
        received.add(new Received(Instant.now(), status, body));
        if (limited) {
            exchange.getResponseHeaders().add("Retry-After", "1");
        }
        byte[] answer = (limited ? "rate_limited" : "ok").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
