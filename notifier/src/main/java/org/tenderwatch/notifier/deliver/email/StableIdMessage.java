package org.tenderwatch.notifier.deliver.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A message whose Message-ID is the one given, not a fresh one per attempt (see EmailChannel#messageId). */
final class StableIdMessage extends MimeMessage {

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
