package org.tenderwatch.notifier.deliver.email;

import org.tenderwatch.notifier.outbox.MessageKind;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.tenderwatch.notifier.deliver.Channel;
import org.tenderwatch.notifier.deliver.Message;
import org.tenderwatch.notifier.deliver.Outcome;
import org.tenderwatch.notifier.deliver.Recipient;

import java.time.Instant;

/**
 * Sends mail over SMTP. A 4xx reply is temporary and retried; a 5xx reply is permanent: the delivery fails and
 * the address earns a hard failure. Alerts and digests carry RFC 8058 one-click unsubscribe headers.
 */
@Singleton
class EmailChannel implements Channel {

    private final Session session;
    private final EmailSettings config;
    private final EmailContent content;
    private final InternetAddress from;
    private final String messageIdDomain;

    EmailChannel(@Named("notifier") Session session, EmailSettings config, EmailContent content) {
        this.session = session;
        this.config = config;
        this.content = content;
        this.from = sender(config.from());
        this.messageIdDomain = from.getAddress().substring(from.getAddress().lastIndexOf('@') + 1);
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public Recipient recipient(String address) {
        return EmailAddresses.recipient(address);
    }

    /** Addresses are stored as given: suppression and the one-confirmation-at-a-time rule need them readable. */
    @Override
    public String reveal(String stored) {
        return stored;
    }

    @Override
    public String shown(String stored) {
        return stored;
    }

    @Override
    public boolean confirmsByMessage() {
        return true;
    }

    @Override
    public int hardFailuresBeforeDisabling() {
        return config.suppressAfterHardFailures();
    }

    @Override
    public Outcome send(Message message) {
        try {
            Transport.send(mime(message));
            return Outcome.sent();
        } catch (MessagingException e) {
            int code = SmtpCode.of(e);
            String reason = "SMTP " + (code > 0 ? code + " " : "") + e.getMessage();
            if (code < 500) {
                return new Outcome.Retry(reason, null);
            }
            return SmtpCode.blamesRecipient(e) ? new Outcome.Rejected(reason) : new Outcome.Undeliverable(reason);
        }
    }

    private MimeMessage mime(Message message) throws MessagingException {
        EmailContent.Rendered rendered = content.render(message);
        MimeMessage mime = new StableIdMessage(session, messageId(message, messageIdDomain));
        mime.setFrom(from);
        mime.setRecipient(RecipientType.TO, new InternetAddress(message.recipient()));
        mime.setSubject(rendered.subject(), "UTF-8");
        if (message.follows() != null) {
            // Mail clients thread a follow-up under the first alert about its procurement by these two headers.
            String first = messageId(message.follows().deliveryId(), message.follows().queuedAt(), messageIdDomain);
            mime.setHeader("In-Reply-To", first);
            mime.setHeader("References", first);
        }
        if (message.kind() != MessageKind.CONFIRMATION) {
            mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(rendered.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(rendered.html(), "UTF-8", "html");
        mime.setContent(new MimeMultipart("alternative", text, html));
        mime.saveChanges();
        return mime;
    }

    /**
     * One Message-ID per delivery, the same on every attempt: should a crash between the SMTP server's acceptance and
     * the outbox update make the notifier send a delivery again, mail clients and archives see one message, not two.
     * The time it was queued is part of it because ids start again in a new database, and mail clients hide a
     * message whose Message-ID they have already seen.
     */
    static String messageId(Message message, String domain) {
        return messageId(message.deliveryId(), message.queuedAt(), domain);
    }

    private static String messageId(long deliveryId, Instant queuedAt, String domain) {
        return "<delivery-" + deliveryId + "." + queuedAt.toEpochMilli() + "@" + domain + ">";
    }

    /** Parsed once: a sender that is not an address would otherwise fail every delivery until it gave up. */
    private static InternetAddress sender(String from) {
        try {
            InternetAddress address = new InternetAddress(from, true);
            if (address.getAddress().lastIndexOf('@') < 0) {
                throw new AddressException("no domain", from);
            }
            return address;
        } catch (AddressException e) {
            throw new ConfigurationException("notifier.channels.email.from (env NOTIFIER_MAIL_FROM) is not a mail address: "
                    + e.getMessage());
        }
    }
}
