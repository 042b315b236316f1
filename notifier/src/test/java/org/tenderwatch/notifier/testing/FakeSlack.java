package org.tenderwatch.notifier.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on a free loopback port standing in for Slack's incoming webhooks: it records every post and
 * answers 200 "ok" unless a path was scripted to answer otherwise first.
 */
public final class FakeSlack implements AutoCloseable {

    public record Post(String path, String body, Instant at, int answered) {
    }

    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedQueue<Answer>> scripts = new ConcurrentHashMap<>();
    private final java.util.Set<String> endless = ConcurrentHashMap.newKeySet();

    public FakeSlack() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** A webhook URL on this server, as a subscriber would paste it. */
    public String webhook(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/services/T000/B000/" + name;
    }

    /** The prefix of this server's webhooks, for the notifier's local demo mode ({@code local-demo-webhooks}). */
    public String demoPrefix() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/services/";
    }

    public void script(String name, Answer... answers) {
        scripts.computeIfAbsent("/services/T000/B000/" + name, k -> new ConcurrentLinkedQueue<>()).addAll(List.of(answers));
    }

    /** This webhook answers 500 with a body that does not end (up to 1 GB), until the client hangs up. */
    public void answerEndlessly(String name) {
        endless.add("/services/T000/B000/" + name);
    }

    public List<Post> posts(String name) {
        return posts.stream().filter(p -> p.path().endsWith("/" + name)).toList();
    }

    public List<Post> delivered(String name) {
        return posts(name).stream().filter(p -> p.answered() == 200).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (endless.contains(exchange.getRequestURI().getPath())) {
            posts.add(new Post(exchange.getRequestURI().getPath(), body, Instant.now(), 500));
            exchange.sendResponseHeaders(500, 0);
            byte[] chunk = "a".repeat(65_536).getBytes(StandardCharsets.US_ASCII);
            try (var out = exchange.getResponseBody()) {
                for (int i = 0; i < 16_384; i++) {
                    out.write(chunk);
                }
            } catch (IOException hungUp) {
                // what a client that reads a bounded answer does
            }
            exchange.close();
            return;
        }
        Answer answer = java.util.Optional.ofNullable(scripts.get(exchange.getRequestURI().getPath()))
                .map(ConcurrentLinkedQueue::poll).orElse(new Answer(200, Map.of(), "ok"));
        posts.add(new Post(exchange.getRequestURI().getPath(), body, Instant.now(), answer.status()));
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
