package org.tenderwatch.notifier.deliver.email;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.tenderwatch.notifier.deliver.Channel;
import org.tenderwatch.notifier.deliver.Message;
import org.tenderwatch.notifier.deliver.MessageKind;
import org.tenderwatch.notifier.deliver.Outcome;
import org.tenderwatch.notifier.subscriptions.ChannelType;

/**
 * Sends mail over SMTP. A 4xx reply is temporary and retried; a 5xx reply is permanent: the delivery fails and
 * the address earns a hard failure. Alerts and digests carry RFC 8058 one-click unsubscribe headers.
 */
@Singleton
class EmailChannel implements Channel {

    private final Session session;
    private final EmailConfig config;
    private final EmailContent content;

    EmailChannel(@Named("notifier") Session session, EmailConfig config, EmailContent content) {
        this.session = session;
        this.config = config;
        this.content = content;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
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
            int code = smtpCode(e);
            String reason = "SMTP " + (code > 0 ? code + " " : "") + e.getMessage();
            return code >= 500 ? new Outcome.Rejected(reason) : new Outcome.Retry(reason, null);
        }
    }

    private MimeMessage mime(Message message) throws MessagingException {
        EmailContent.Rendered rendered = content.render(message);
        MimeMessage mime = new StableIdMessage(session, messageId(message));
        mime.setFrom(new InternetAddress(config.from()));
        mime.setRecipient(RecipientType.TO, new InternetAddress(message.email()));
        mime.setSubject(rendered.subject(), "UTF-8");
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
     */
    private String messageId(Message message) {
        String from = config.from();
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "tenderwatch.invalid" : from.substring(at + 1).replaceAll("[>\\s]", "");
        return "<delivery-" + message.deliveryId() + "@" + domain + ">";
    }

    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** The SMTP reply code, wherever in the exception chain the mail library put it; 0 when there was no reply. */
    static int smtpCode(Exception e) {
        for (Exception current = e; current != null; ) {
            if (current instanceof SMTPSendFailedException f) {
                return f.getReturnCode();
            }
            if (current instanceof SMTPAddressFailedException f) {
                return f.getReturnCode();
            }
            if (current instanceof SMTPSenderFailedException f) {
                return f.getReturnCode();
            }
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return 0;
    }
}
