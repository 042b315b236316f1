package org.tenderwatch.notifier.deliver;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.security.LinkPurpose;
import org.tenderwatch.notifier.security.SignedLinks;


import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Absolute, signed links to the public pages, for messages. */
@Singleton
public class Links {

    private final SignedLinks signed;
    private final String base;
    private final String tracker;

    Links(SignedLinks signed, @Value("${notifier.public-url}") String publicUrl,
          @Value("${notifier.tracker-url:}") String trackerUrl) {
        this.signed = signed;
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.tracker = trackerUrl.endsWith("/") ? trackerUrl.substring(0, trackerUrl.length() - 1) : trackerUrl;
    }

    /** The procurement's page on the public record (the tracker), or null when no tracker is configured. */
    public @Nullable String procurement(String ocid) {
        return tracker.isBlank() ? null : tracker + "/procurement/" + URLEncoder.encode(ocid, StandardCharsets.UTF_8);
    }

    /** A search on the public record by its query string (without the "?"); null when no tracker is configured. */
    public @Nullable String search(String query) {
        return tracker.isBlank() ? null : tracker + "/?" + query;
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

    /** The feedback and mute links of one alert; {@code hasSupplier}: the notice names a supplier to mute. */
    public AlertLinks alert(long alertId, boolean hasSupplier) {
        return new AlertLinks(
                base + "/feedback/not-relevant?token=" + signed.issue(LinkPurpose.FEEDBACK_NOT_RELEVANT, alertId),
                base + "/feedback/category?token=" + signed.issue(LinkPurpose.FEEDBACK_WRONG_CATEGORY, alertId),
                base + "/mute/buyer?token=" + signed.issue(LinkPurpose.MUTE_BUYER, alertId),
                hasSupplier ? base + "/mute/supplier?token=" + signed.issue(LinkPurpose.MUTE_SUPPLIER, alertId) : null,
                base + "/mute/procurement?token=" + signed.issue(LinkPurpose.MUTE_PROCUREMENT, alertId));
    }

    public String subscribe() {
        return base + "/";
    }
}
