package org.tenderwatch.tracker.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code tracker.*}: where people reach the tracker (the base of links in feeds and exports) and, optionally,
 * the notifier's subscribe page, linked from every page.
 */
@ConfigurationProperties("tracker")
public record TrackerSettings(String publicUrl, @Nullable String alertsUrl) {

    /** The public URL without a trailing slash, so that {@code base() + "/procurement/…"} is always right. */
    public String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
