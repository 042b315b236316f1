package org.tenderwatch.notifier.deliver.email;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.mail.Session;
import org.tenderwatch.notifier.deliver.Message;
import org.tenderwatch.notifier.deliver.Outcome;

/**
 * The real SMTP channel, except that mail to one chosen address raises an {@link Error} (as an exhausted stack would
 * in a message too deep to render): only in tests that set {@code test.faults.mail-error-address}.
 */
@Singleton
@Replaces(EmailChannel.class)
@Requires(property = "test.faults.mail-error-address")
class ErrorOnAddressEmailChannel extends EmailChannel {

    private final String address;

    ErrorOnAddressEmailChannel(@Named("notifier") Session session, EmailSettings config, EmailContent content,
                               @Value("${test.faults.mail-error-address}") String address) {
        super(session, config, content);
        this.address = address;
    }

    @Override
    public Outcome send(Message message) {
        if (address.equalsIgnoreCase(message.recipient())) {
            throw new StackOverflowError("injected for the test");
        }
        return super.send(message);
    }
}
