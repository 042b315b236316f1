package org.tenderwatch.embedded;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

/** A small web page listing the mail the local SMTP server received, newest first, each readable as raw text. */
public final class MailPage implements AutoCloseable {

    private final HttpServer server;
    private final Path directory;

    private MailPage(HttpServer server, Path directory) {
        this.server = server;
        this.directory = directory;
    }

    public static MailPage start(Path directory, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        MailPage page = new MailPage(server, directory);
        server.createContext("/", page::handle);
        server.start();
        return page;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/")) {
            LocalPageHtml.send(exchange, 200, "text/html", index());
        } else if (path.startsWith("/raw/") && path.substring(5).matches("[A-Za-z0-9@._-]+\\.eml")) {
            Path file = directory.resolve(path.substring(5));
            if (Files.isRegularFile(file)) {
                LocalPageHtml.send(exchange, 200, "text/plain", Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            } else {
                LocalPageHtml.send(exchange, 404, "text/plain", "no such message: " + path.substring(5));
            }
        } else {
            LocalPageHtml.send(exchange, 404, "text/plain", "not found: " + path);
        }
    }

    private String index() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (Path file : messages()) {
            rows.append(row(file));
        }
        return LocalPageHtml.html("Local mail", "<p>Mail received by the local SMTP server, kept in <code>"
                + escapeHtml4(directory.toString()) + "</code>.</p><table><tr><th>date</th><th>to</th><th>from</th>"
                + "<th>subject</th></tr>" + rows + "</table>");
    }

    private List<Path> messages() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".eml"))
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .toList();
        }
    }

    private static String row(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            return "<tr><td>" + escapeHtml4(String.valueOf(message.getSentDate())) + "</td><td>"
                    + escapeHtml4(String.valueOf(message.getHeader("To", ",")))
                    + "</td><td>" + escapeHtml4(String.valueOf(message.getHeader("From", ","))) + "</td><td><a href=\"/raw/"
                    + escapeHtml4(file.getFileName().toString()) + "\">" + escapeHtml4(String.valueOf(message.getSubject()))
                    + "</a></td></tr>";
        } catch (IOException | MessagingException e) {
            return "<tr><td colspan=\"4\">unreadable message " + escapeHtml4(file.getFileName().toString()) + ": "
                    + escapeHtml4(e.getMessage()) + "</td></tr>";
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
