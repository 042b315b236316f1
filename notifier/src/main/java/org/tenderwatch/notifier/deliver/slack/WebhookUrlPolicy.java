package org.tenderwatch.notifier.deliver.slack;

import jakarta.inject.Singleton;
import org.tenderwatch.notifier.subscriptions.InvalidField;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which webhook URLs the notifier will ever post to: an allow-list of hosts, https, Slack's own path, no user
 * info, no dot segments. The server posts wherever a subscriber points it, so this is what stops it being used to
 * reach internal services (server-side request forgery). The URL is a secret: error messages never repeat it.
 */
@Singleton
public class WebhookUrlPolicy {

    private static final String FIELD = "address";
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private final Set<String> allowedHosts;

    WebhookUrlPolicy(SlackConfig config) {
        this.allowedHosts = config.allowedHosts().stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public URI check(String url) {
        if (url == null || url.isBlank() || url.length() > 500) {
            throw new InvalidField(FIELD, "a Slack incoming webhook URL is required (at most 500 characters)");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new InvalidField(FIELD, "the webhook URL is not a valid URL");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getRawUserInfo() != null || uri.getRawFragment() != null || !allowedHosts.contains(host)) {
            throw new InvalidField(FIELD, "the webhook URL must be a Slack incoming webhook (https://hooks.slack.com/services/…)"
                    + " on an allowed host: " + allowedHosts.stream().sorted().toList());
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        if (!https && !("http".equalsIgnoreCase(uri.getScheme()) && LOOPBACK.contains(host))) {
            throw new InvalidField(FIELD, "the webhook URL must use https");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!uri.normalize().getRawPath().equals(path) || path.contains("%2e") || path.contains("%2E")) {
            throw new InvalidField(FIELD, "the webhook URL must not contain dot segments");
        }
        if ("hooks.slack.com".equals(host) && !path.startsWith("/services/")) {
            throw new InvalidField(FIELD, "a Slack webhook URL's path starts with /services/");
        }
        return uri;
    }
}
