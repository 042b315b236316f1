package org.tenderwatch.e2e.harness;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server that keeps, of each mail it accepts, only who it was for, its Message-ID and the generated
 * OCIDs it speaks of (so a long run holds no bodies). For a while it can answer every recipient with 451 (a relay
 * that is busy: the sender must retry) or 550 (a relay that refuses: the sender must record a permanent failure).
 */
final class SmtpSink implements AutoCloseable {

    enum Mode { ACCEPT, TEMPORARY_FAILURE, PERMANENT_FAILURE }

    record Mail(String recipient, String messageId, List<String> ocids, Instant at) {
    }

    private static final Session SESSION = Session.getInstance(new Properties());

    private final ServerSocket socket;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Pattern ocid;
    private final List<Mail> received = new CopyOnWriteArrayList<>();
    private final AtomicLong refused4xx = new AtomicLong();
    private final AtomicLong refused5xx = new AtomicLong();
    private final AtomicInteger unreadable = new AtomicInteger();
    private final ConcurrentHashMap<Socket, Boolean> open = new ConcurrentHashMap<>();
    private volatile Mode mode = Mode.ACCEPT;

    SmtpSink(int port, String ocidPattern) throws IOException {
        this.ocid = Pattern.compile(ocidPattern);
        socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        executor.submit(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    List<Mail> received() {
        return List.copyOf(received);
    }

    long refused4xx() {
        return refused4xx.get();
    }

    long refused5xx() {
        return refused5xx.get();
    }

    int unreadable() {
        return unreadable.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.put(client, true);
                executor.submit(() -> converse(client));
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new IllegalStateException("the SMTP sink stopped accepting", e);
                }
            }
        }
    }

    private void converse(Socket client) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
             OutputStream out = client.getOutputStream()) {
            reply(out, "220 harness SMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line.toUpperCase(java.util.Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 harness");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        Mode now = mode;
                        if (now == Mode.TEMPORARY_FAILURE) {
                            refused4xx.incrementAndGet();
                            reply(out, "451 4.3.0 try again later");
                        } else if (now == Mode.PERMANENT_FAILURE) {
                            refused5xx.incrementAndGet();
                            reply(out, "550 5.7.1 refused");
                        } else {
                            recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
                            reply(out, "250 OK");
                        }
                    }
                    case "DATA" -> {
                        reply(out, "354 end with .");
                        byte[] data = readData(in);
                        record(recipients, data);
                        reply(out, "250 OK queued");
                    }
                    case "RSET" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "NOOP" -> reply(out, "250 OK");
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // The sender went away mid-conversation (a killed notifier does): nothing was accepted from it.
        } finally {
            open.remove(client);
        }
    }

    private void record(List<String> recipients, byte[] data) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(data));
            StringBuilder text = new StringBuilder(message.getSubject() == null ? "" : message.getSubject());
            appendText(message.getContent(), text);
            List<String> ocids = new ArrayList<>();
            Matcher matcher = ocid.matcher(text);
            while (matcher.find()) {
                if (!ocids.contains(matcher.group())) {
                    ocids.add(matcher.group());
                }
            }
            for (String recipient : recipients) {
                received.add(new Mail(recipient, message.getMessageID(), List.copyOf(ocids), Instant.now()));
            }
        } catch (MessagingException | IOException e) {
            unreadable.incrementAndGet();
        }
    }

    private static void appendText(Object content, StringBuilder text) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                appendText(part.getContent(), text);
            }
        } else if (content instanceof String string) {
            text.append('\n').append(string);
        }
    }

    private static byte[] readData(BufferedReader in) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            String unstuffed = line.startsWith("..") ? line.substring(1) : line;
            data.write(unstuffed.getBytes(StandardCharsets.ISO_8859_1));
            data.write('\r');
            data.write('\n');
        }
        return data.toByteArray();
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : open.keySet()) {
            client.close();
        }
        executor.shutdownNow();
    }
}
