package org.tenderwatch.notifier.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a free port, and ways to read what it received. */
public final class Mailbox implements AutoCloseable {

    private final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    public Mailbox() {
        greenMail.start();
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Part 0 is the plain text, part 1 the HTML. */
    public static String part(MimeMessage message, int index) {
        try {
            return (String) ((MimeMultipart) message.getContent()).getBodyPart(index).getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
