package org.tenderwatch.embedded;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

/**
 * Stands in for Slack's incoming webhooks: {@code POST /slack/<channel>} is answered {@code ok} like Slack does,
 * the payload kept as a JSON file and logged; {@code GET /slack} lists what arrived.
 */
public final class SlackReceiver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackReceiver.class);
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final Path directory;
    private final AtomicLong sequence = new AtomicLong();

    private SlackReceiver(HttpServer server, Path directory) {
        this.server = server;
        this.directory = directory;
    }

    public static SlackReceiver start(Path directory, int port) throws IOException {
        Files.createDirectories(directory);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        SlackReceiver receiver = new SlackReceiver(server, directory);
        server.createContext("/slack", receiver::handle);
        server.start();
        return receiver;
    }

    /** The webhook URL a subscriber uses for {@code channel}. */
    public String webhookUrl(String channel) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/slack/" + channel;
    }

    /** The page listing what arrived. */
    public String pageUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/slack";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/slack") || path.equals("/slack/")) {
            LocalPageHtml.send(exchange, 200, "text/html", index());
        } else if (!path.matches("/slack/[A-Za-z0-9_-]{1,64}")) {
            LocalPageHtml.send(exchange, 404, "text/plain", "no such channel: " + path);
        } else if (!method.equals("POST")) {
            LocalPageHtml.send(exchange, 405, "text/plain", "webhooks take POST");
        } else {
            receive(exchange, path.substring("/slack/".length()));
        }
    }

    private void receive(HttpExchange exchange, String channel) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            LOG.warn("refused a Slack message for channel {}: larger than {} bytes", channel, MAX_BODY_BYTES);
            LocalPageHtml.send(exchange, 413, "text/plain", "payload too large");
            return;
        }
        Path file = directory.resolve(FILE_TIME.format(Instant.now()) + "-" + sequence.incrementAndGet() + "-" + channel + ".json");
        Files.write(file, body);
        LOG.info("Slack message for channel {} kept in {}: {}", channel, file, new String(body, StandardCharsets.UTF_8));
        LocalPageHtml.send(exchange, 200, "text/plain", "ok");
    }

    private String index() throws IOException {
        StringBuilder items = new StringBuilder();
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> sorted = files.filter(file -> file.toString().endsWith(".json"))
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed()).toList();
            for (Path file : sorted) {
                items.append("<h3>").append(escapeHtml4(file.getFileName().toString())).append("</h3><pre>")
                        .append(escapeHtml4(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))).append("</pre>");
            }
        }
        return LocalPageHtml.html("Local Slack webhook", "<p>Messages posted to <code>" + escapeHtml4(webhookUrl("<channel>"))
                + "</code>, kept in <code>" + escapeHtml4(directory.toString()) + "</code>.</p>" + items);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
