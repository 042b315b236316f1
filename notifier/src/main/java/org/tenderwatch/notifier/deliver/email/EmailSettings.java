package org.tenderwatch.notifier.deliver.email;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * SMTP settings (env {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USERNAME}, {@code SMTP_PASSWORD}, {@code SMTP_STARTTLS},
 * {@code NOTIFIER_MAIL_FROM}).
 *
 * @param suppressAfterHardFailures permanent (5xx) failures after which an address is never written to again
 */
@ConfigurationProperties("notifier.channels.email")
public record EmailSettings(
        @Bindable(defaultValue = "127.0.0.1") String host,
        @Bindable(defaultValue = "3025") int port,
        @Bindable(defaultValue = "") String username,
        @Bindable(defaultValue = "") String password,
        @Bindable(defaultValue = "false") boolean startTls,
        @Bindable(defaultValue = "Tender Watch <alerts@tenderwatch.invalid>") String from,
        @Bindable(defaultValue = "10s") Duration timeout,
        @Bindable(defaultValue = "3") int suppressAfterHardFailures) {

    @Override
    public String toString() {
        return "EmailSettings[host=" + host + ", port=" + port + ", from=" + from + ", password hidden]";
    }
}
