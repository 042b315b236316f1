package org.tenderwatch.notifier.deliver.email;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SMTP reply codes decide between retrying (4xx, or no reply at all) and failing for good (5xx); and, for a 5xx,
 * whether the address is to blame, which is what suppression counts.
 */
final class SmtpCode {

    /** An RFC 3463 enhanced status code at the start of the reply text: class.subject.detail. */
    private static final Pattern ENHANCED_STATUS = Pattern.compile("^\\s*(?:\\d{3}[ -])?\\s*([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");

    private SmtpCode() {
    }

    /** The SMTP reply code, wherever in the exception chain the mail library put it; 0 when there was no reply. */
    static int of(Exception e) {
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

    /**
     * Whether a permanent refusal is about the recipient: the server refused the address itself (at RCPT TO) and,
     * when it gave an enhanced status, said so by an addressing (5.1.x, e.g. 5.1.1 user unknown) or mailbox (5.2.x,
     * e.g. 5.2.1 disabled) subject. A refusal of the sender or of the message, or a policy refusal of every recipient
     * (550 5.7.1 relaying denied) is the relay's, and blaming each address for it would suppress them all.
     */
    static boolean blamesRecipient(Exception e) {
        for (Exception current = e; current != null; ) {
            if (current instanceof SMTPAddressFailedException f) {
                Matcher status = ENHANCED_STATUS.matcher(f.getMessage() == null ? "" : f.getMessage());
                return !status.find() || status.group(2).equals("1") || status.group(2).equals("2");
            }
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return false;
    }
}
