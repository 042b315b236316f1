package org.tenderwatch.notifier.deliver.slack;

import org.tenderwatch.notifier.outbox.MessageKind;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.deliver.Channel;
import org.tenderwatch.notifier.deliver.Message;
import org.tenderwatch.notifier.deliver.Outcome;
import org.tenderwatch.notifier.deliver.InvalidRecipient;
import org.tenderwatch.notifier.deliver.Recipient;
import org.tenderwatch.notifier.security.WebhookVault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts Block Kit messages to incoming webhooks. Redirects are never followed (a redirect could lead anywhere);
 * 429 is retried after its Retry-After; any other 4xx means the webhook is gone or refuses us, so it is disabled.
 * The webhook URL never appears in a log line or an error message.
 */
@Singleton
class SlackChannel implements Channel {

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
    /** Slack answers "ok" or a short error code; more is never read, whatever a receiver sends. */
    static final int MAX_ANSWER_BYTES = 4096;

    private final SlackSettings config;
    private final ObjectMapper json;
    private final WebhookUrlPolicy policy;
    private final WebhookVault vault;
    private final HttpClient http;

    SlackChannel(SlackSettings config, ObjectMapper json, WebhookUrlPolicy policy, WebhookVault vault) {
        this.config = config;
        this.json = json;
        this.policy = policy;
        this.vault = vault;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(config.timeout()).build();
    }

    @Override
    public String name() {
        return "slack";
    }

    /** A webhook URL is a secret: only its ciphertext and a keyed fingerprint (which finds it again) are stored. */
    @Override
    public Recipient recipient(String address) {
        String url = policy.check(address).toString();
        return new Recipient(vault.encrypt(url), vault.fingerprint(url));
    }

    @Override
    public String reveal(String stored) {
        return vault.decrypt(stored);
    }

    /** Never shown: whoever has the URL can post to the channel. */
    @Override
    public String shown(String stored) {
        return null;
    }

    @Override
    public boolean confirmsByMessage() {
        return false;
    }

    @Override
    public int hardFailuresBeforeDisabling() {
        return 1;
    }

    @Override
    public Duration minInterval() {
        return config.minInterval();
    }

    @Override
    public Outcome send(Message message) {
        if (message.kind() == MessageKind.CONFIRMATION) {
            return new Outcome.Rejected("Slack webhooks are not confirmed by message");
        }
        URI uri;
        try {
            uri = policy.check(message.recipient());
        } catch (InvalidRecipient e) {
            // The allow-list changed since the webhook was accepted: it must not be called any more.
            return new Outcome.Rejected("webhook no longer allowed: " + e.getMessage());
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(BlockKit.payload(message)))).build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream body = response.body()) {
                answer = new String(body.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
            }
            return outcome(response, answer);
        } catch (IOException e) {
            return new Outcome.Retry("could not reach the webhook: " + e.getClass().getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Retry("interrupted while posting", null);
        }
    }

    private static Outcome outcome(HttpResponse<?> response, String answer) {
        int status = response.statusCode();
        String said = "Slack answered " + status + ": " + snippet(answer);
        if (status >= 200 && status < 300) {
            return Outcome.sent();
        }
        if (status == 429) {
            return new Outcome.Retry(said, retryAfter(response));
        }
        if (status >= 300 && status < 500) {
            return new Outcome.Rejected(status < 400 ? "webhook answered with a redirect (" + status + "), which is never followed" : said);
        }
        return new Outcome.Retry(said, null);
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::trim).filter(v -> v.matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v))).orElse(DEFAULT_RETRY_AFTER);
    }

    private static String snippet(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return b.length() > 200 ? b.substring(0, 200) + "…" : b;
    }
}
