package org.tenderwatch.notifier.deliver.email;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/** SMTP reply codes decide between retrying (4xx, or no reply at all) and failing for good (5xx). */
final class SmtpCode {

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
}
