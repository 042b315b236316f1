package org.tenderwatch.embedded;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

/** The shared bits of the local stack's two little web pages. */
final class LocalPageHtml {

    private LocalPageHtml() {
    }

    static String html(String title, String body) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"10\"><title>"
                + escapeHtml4(title) + "</title><style>body{font-family:sans-serif}td,th{padding:4px 8px;text-align:left;"
                + "vertical-align:top}pre{white-space:pre-wrap;max-width:60em}</style></head><body><h1>" + escapeHtml4(title)
                + "</h1>" + body + "</body></html>";
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
