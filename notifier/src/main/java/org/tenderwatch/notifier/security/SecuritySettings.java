package org.tenderwatch.notifier.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Secrets, from the environment only ({@code NOTIFIER_SIGNING_SECRET}, {@code NOTIFIER_ADMIN_TOKEN}).
 *
 * @param signingSecret  keys the signed links and the encryption of webhook URLs; at least 32 characters
 * @param adminToken     the bearer token of the admin API; when empty the admin API answers 401 to everyone
 * @param confirmLinkTtl how long a confirmation link works
 * @param manageLinkTtl  how long a manage-my-alerts link works (unsubscribe links never expire)
 * @param alertLinkTtl   how long the feedback and mute links in an alert work
 */
@ConfigurationProperties("notifier.security")
public record SecuritySettings(
        @Bindable(defaultValue = "") String signingSecret,
        @Bindable(defaultValue = "") String adminToken,
        @Bindable(defaultValue = "168h") Duration confirmLinkTtl,
        @Bindable(defaultValue = "720h") Duration manageLinkTtl,
        @Bindable(defaultValue = "2160h") Duration alertLinkTtl) {

    public SecuritySettings(String signingSecret, String adminToken, Duration confirmLinkTtl, Duration manageLinkTtl) {
        this(signingSecret, adminToken, confirmLinkTtl, manageLinkTtl, Duration.ofDays(90));
    }

    @Override
    public String toString() {
        return "SecuritySettings[secrets hidden, confirmLinkTtl=" + confirmLinkTtl + ", manageLinkTtl=" + manageLinkTtl
                + ", alertLinkTtl=" + alertLinkTtl + "]";
    }
}
