package org.tenderwatch.embedded;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real SMTP server (GreenMail) that accepts every message for every address and keeps each one as an
 * {@code .eml} file, so a person can open alerts in any mail program and they survive a restart.
 */
public final class LocalMailbox implements AutoCloseable {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final GreenMail greenMail;
    private final Path directory;
    private final AtomicLong sequence = new AtomicLong();

    private LocalMailbox(GreenMail greenMail, Path directory) {
        this.greenMail = greenMail;
        this.directory = directory;
    }

    public static LocalMailbox start(Path directory, int port) throws IOException {
        Files.createDirectories(directory);
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        LocalMailbox mailbox = new LocalMailbox(greenMail, directory);
        MessageDeliveryHandler delivering = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> {
            mailbox.keep(message.getMessage(), address.getEmail());
            return delivering.handle(message, address);
        });
        greenMail.start();
        return mailbox;
    }

    public Path directory() {
        return directory;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    private void keep(jakarta.mail.internet.MimeMessage message, String recipient) throws MessagingException {
        String name = FILE_TIME.format(Instant.now()) + "-" + sequence.incrementAndGet() + "-"
                + recipient.replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml";
        try (OutputStream out = Files.newOutputStream(directory.resolve(name))) {
            message.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the message for " + recipient + " in " + directory, e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
