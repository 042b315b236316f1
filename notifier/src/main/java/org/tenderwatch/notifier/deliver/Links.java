package org.tenderwatch.notifier.deliver;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.security.LinkPurpose;
import org.tenderwatch.notifier.security.SignedLinks;

/** Absolute, signed links to the public pages, for messages. */
@Singleton
public class Links {

    private final SignedLinks signed;
    private final String base;

    Links(SignedLinks signed, @Value("${notifier.public-url}") String publicUrl) {
        this.signed = signed;
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String confirm(long subscriptionId) {
        return base + "/confirm?token=" + signed.issue(LinkPurpose.CONFIRM, subscriptionId);
    }

    public String unsubscribe(long subscriberId) {
        return base + "/unsubscribe?token=" + signed.issue(LinkPurpose.UNSUBSCRIBE, subscriberId);
    }

    public String manage(long subscriberId) {
        return base + "/manage?token=" + signed.issue(LinkPurpose.MANAGE, subscriberId);
    }

    public String subscribe() {
        return base + "/";
    }
}
