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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for a Slack incoming webhook. It answers the first {@code rateLimited}
 * requests with 429 and {@code Retry-After: 1}, as Slack does under load, and records every request.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(Instant at, int status, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger rateLimitedLeft;
    private volatile int holdAfterDelivered = Integer.MAX_VALUE;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int releaseStatus = 503;

    WebhookReceiver(int rateLimited) throws IOException {
        this.rateLimitedLeft = new AtomicInteger(rateLimited);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/services/", this::handle);
        server.setExecutor(executor);
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

    /**
     * Holds the first request that arrives once {@code delivered} messages have been answered 200, without answering
     * it: the sender is then in the middle of a send, which is where a crash is hardest to get right.
     */
    void holdTheRequestAfter(int delivered) {
        holdAfterDelivered = delivered;
    }

    boolean holding() {
        return held.getCount() == 0;
    }

    /** Answers the held requests with {@code status}, which the sender, by then, may no longer be there to read. */
    void release(int status) {
        releaseStatus = status;
        released.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        // Every request after the first held one waits too, so that nothing more is delivered while one is in flight.
        if (released.getCount() > 0 && delivered().size() >= holdAfterDelivered) {
            held.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received.add(new Received(Instant.now(), releaseStatus, body));
            exchange.sendResponseHeaders(releaseStatus, -1);
            exchange.close();
            return;
        }
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
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
