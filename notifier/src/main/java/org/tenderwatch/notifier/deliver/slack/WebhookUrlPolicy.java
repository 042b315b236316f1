package org.tenderwatch.notifier.deliver.slack;

import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.deliver.InvalidRecipient;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which webhook URLs the notifier will ever post to: Slack's {@code https://hooks.slack.com/services/…} on port 443,
 * and, only in the local demo mode, the loopback receivers it names, each by scheme, host, port and path prefix. The
 * server posts wherever a subscriber points it, so this is what stops it being used to reach internal services
 * (server-side request forgery): a host alone allowed any port and path on it. No user info, query, fragment, dot
 * segment or escaped character. The URL is a secret: error messages never repeat it.
 */
@Singleton
public class WebhookUrlPolicy {

    private static final Prefix SLACK = new Prefix("https", "hooks.slack.com", 443, "/services/");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
    /** Slack's paths are letters, digits and slashes; nothing that a server could read as something else. */
    private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9_-]+)+");

    record Prefix(String scheme, String host, int port, String path) {
        boolean admits(String scheme, String host, int port, String path) {
            return this.scheme.equals(scheme) && this.host.equals(host) && this.port == port && path.startsWith(this.path)
                    && path.length() > this.path.length();
        }

        @Override
        public String toString() {
            return scheme + "://" + host + ":" + port + path;
        }
    }

    private final List<Prefix> allowed = new ArrayList<>(List.of(SLACK));

    WebhookUrlPolicy(SlackSettings config) {
        for (String entry : config.localDemoWebhooks()) {
            if (!entry.isBlank()) {
                allowed.add(demoPrefix(entry.trim()));
            }
        }
    }

    public URI check(String url) {
        if (url == null || url.isBlank() || url.length() > 500) {
            throw new InvalidRecipient("a Slack incoming webhook URL is required (at most 500 characters)");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new InvalidRecipient("the webhook URL is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean clean = uri.isAbsolute() && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                && PLAIN_PATH.matcher(path).matches();
        if (!clean || allowed.stream().noneMatch(p -> p.admits(scheme, host, port(uri, scheme), path))) {
            throw new InvalidRecipient("the webhook URL must be a Slack incoming webhook: https://hooks.slack.com/services/…"
                    + (allowed.size() > 1 ? " (or, in this local demo, one of " + allowed.subList(1, allowed.size()) + ")" : ""));
        }
        return uri;
    }

    private static int port(URI uri, String scheme) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
    }

    /** A local receiver: loopback only, its port given, a path prefix ending in a slash. Anything else stops the start. */
    private static Prefix demoPrefix(String entry) {
        try {
            URI uri = new URI(entry);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (!(scheme.equals("http") || scheme.equals("https")) || !LOOPBACK.contains(host) || uri.getPort() == -1
                    || !path.endsWith("/") || path.length() < 2 || uri.getRawUserInfo() != null || uri.getRawQuery() != null) {
                throw new ConfigurationException("notifier.channels.slack.local-demo-webhooks (NOTIFIER_SLACK_LOCAL_DEMO_WEBHOOKS): '"
                        + entry + "' must be http(s)://127.0.0.1:<port>/<path>/ (a loopback host, its port and a path prefix)");
            }
            return new Prefix(scheme, host, uri.getPort(), path);
        } catch (URISyntaxException e) {
            throw new ConfigurationException("notifier.channels.slack.local-demo-webhooks: '" + entry + "' is not a URL", e);
        }
    }
}
