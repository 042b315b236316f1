package org.tenderwatch.notifier.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server on a free loopback port that refuses every recipient with one reply code, as a mail server
 * does for an unknown user (550) or a full mailbox (452). GreenMail accepts everything, so it cannot stand in here.
 */
public final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String reply;
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final List<java.time.Instant> refusedAt = new CopyOnWriteArrayList<>();
    private final Thread thread;

    public RefusingSmtpServer(String reply) {
        this.reply = reply;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::serve, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** When it refused each RCPT TO, in order. */
    public List<java.time.Instant> refusedAt() {
        return refusedAt;
    }

    /** Every RCPT TO it refused, in order. */
    public List<String> refused() {
        return refused;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                converse(in, out);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void converse(BufferedReader in, PrintWriter out) throws IOException {
        send(out, "220 refusing.test ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                send(out, "250 refusing.test");
            } else if (command.startsWith("RCPT")) {
                refusedAt.add(java.time.Instant.now());
                refused.add(line.substring(line.indexOf(':') + 1).trim());
                send(out, reply);
            } else if (command.startsWith("QUIT")) {
                send(out, "221 bye");
                return;
            } else if (command.startsWith("DATA")) {
                send(out, "503 5.5.1 no valid recipients");
            } else {
                send(out, "250 OK");
            }
        }
    }

    private static void send(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
