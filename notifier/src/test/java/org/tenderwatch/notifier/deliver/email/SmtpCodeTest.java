package org.tenderwatch.notifier.deliver.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpCodeTest {

    @Test
    void findsTheReplyCodeWhereverTheMailLibraryPutIt() throws Exception {
        var address = new InternetAddress("gone@example.org");
        var rejected = new SMTPAddressFailedException(address, "RCPT TO", 550, "550 5.1.1 no such user");
        assertThat(SmtpCode.of(new SendFailedException("Invalid Addresses", rejected))).isEqualTo(550);
        assertThat(SmtpCode.of(new SMTPSendFailedException("DATA", 451, "451 try later", null, null, null, null)))
                .isEqualTo(451);
        assertThat(SmtpCode.of(new MessagingException("Couldn't connect to host"))).isZero();
    }
}
