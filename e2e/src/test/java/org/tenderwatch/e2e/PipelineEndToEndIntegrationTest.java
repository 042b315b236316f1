package org.tenderwatch.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.embedded.EmbeddedPostgresServer;
import org.tenderwatch.embedded.FreePorts;
import org.tenderwatch.embedded.SharedTestInfrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real recorded releases → fetcher → classifier → notifier → mail in an SMTP server and posts to a webhook
 * server, with every service in its own JVM from its runnable jar. The notifier is killed while it is delivering
 * and started again; Slack's first answer is 429 with Retry-After.
 */
class PipelineEndToEndIntegrationTest {

    private static final String ADMIN_TOKEN = "e2e-admin-token-" + System.nanoTime();
    private static final String CATEGORY = "clinical_insourcing";

    private final List<AutoCloseable> running = new ArrayList<>();

    @TempDir
    Path replay;

    @Test
    void deliversEveryExpectedAlertExactlyOnceThroughANotifierCrash() throws Exception {
        int releases = ReplaySet.copyInto(replay);
        String kafka = SharedTestInfrastructure.kafka().bootstrapServers();
        GreenMail smtp = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        running.add(smtp::stop);
        WebhookReceiver slack = closing(new WebhookReceiver(1));
        // Set before any notice flows: on a busy machine Slack's few messages can all be out before the mail is.
        slack.holdTheRequestAfter(2);
        ClassifiedTopic classified = closing(new ClassifiedTopic(kafka));

        NotifierDatabase notifierDb = new NotifierDatabase(SharedTestInfrastructure.freshDatabase("notifier"));
        ServiceProcess notifier = closing(new ServiceProcess("notifier", FreePorts.next(),
                notifierEnvironment(kafka, smtp, notifierDb.url(), slack.url())));
        notifier.start();
        subscribe(notifier, "email", "campaigner@example.org");
        subscribe(notifier, "slack", slack.url());
        closing(new ServiceProcess("classifier", FreePorts.next(), Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka))).start();
        closing(new ServiceProcess("fetcher", FreePorts.next(), fetcherEnvironment(kafka))).start();

        await("every replayed release classified").atMost(Duration.ofMinutes(2)).until(() -> classified.poll() == releases);
        List<String> expectedTitles = classified.inCategory(CATEGORY).stream()
                .map(notice -> notice.path("notice").path("title").asText()).toList();
        assertThat(expectedTitles).as("recorded insourcing notices in the replay").hasSizeGreaterThanOrEqualTo(5);

        // Mail is not paced and is all out within seconds; Slack goes at one message a second per webhook. The notifier
        // is killed in the middle of a Slack send, once everything sent before it has been recorded as sent.
        await("all mail sent and recorded").atMost(Duration.ofMinutes(1))
                .until(() -> smtp.getReceivedMessages().length == expectedTitles.size()
                        && notifierDb.sent("email") == expectedTitles.size());
        await("a Slack send in flight").atMost(Duration.ofMinutes(1)).until(slack::holding);
        await("what was delivered before it recorded").atMost(Duration.ofSeconds(30))
                .until(() -> notifierDb.sent("slack") == slack.delivered().size());
        assertThat(slack.delivered()).as("still delivering when killed").hasSizeLessThan(expectedTitles.size());
        notifier.kill();
        slack.release(503);
        notifier.start();

        await("every alert delivered").atMost(Duration.ofMinutes(2))
                .until(() -> smtp.getReceivedMessages().length >= expectedTitles.size()
                        && slack.delivered().size() >= expectedTitles.size());
        await("and nothing more").during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                .until(() -> smtp.getReceivedMessages().length == expectedTitles.size()
                        && slack.delivered().size() == expectedTitles.size());

        List<String> mails = Arrays.stream(smtp.getReceivedMessages()).map(PipelineEndToEndIntegrationTest::plainText).toList();
        List<String> posts = slack.delivered().stream().map(WebhookReceiver.Received::body).toList();
        for (String title : expectedTitles) {
            assertThat(mails).as("mails about '%s'", title).filteredOn(mail -> mail.contains(title)).hasSize(1);
            assertThat(posts).as("Slack posts about '%s'", title).filteredOn(post -> post.contains(escapedForSlack(title))).hasSize(1);
        }
        assertThat(mails).allSatisfy(mail -> assertThat(mail).contains("Why it matched", "Category:"));
        assertThat(slack.all()).extracting(WebhookReceiver.Received::status).startsWith(429).contains(503);
        assertThat(Duration.between(slack.all().get(0).at(), slack.all().get(1).at()))
                .as("waited for Retry-After").isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(notifier.starts()).isEqualTo(2);
    }

    private Map<String, String> notifierEnvironment(String kafka, GreenMail smtp, String database, String slackWebhook) {
        return Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", kafka),
                // A delivery the killed notifier had claimed is taken up again once its lease runs out.
                Map.entry("NOTIFIER_DELIVERY_LEASE", "5s"),
                // Each alert goes out when a worker takes it, not after waiting for more of its procurement's notices.
                Map.entry("NOTIFIER_THREADS_GATHER_WINDOW", "0s"),
                // Each alert is its own Slack post, however many the held receiver leaves waiting: the test counts posts.
                Map.entry("NOTIFIER_VOLUME_BURST_THRESHOLD", "1000000"),
                Map.entry("NOTIFIER_DB_URL", database),
                Map.entry("NOTIFIER_DB_USER", EmbeddedPostgresServer.USER),
                Map.entry("NOTIFIER_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD),
                Map.entry("SMTP_HOST", "127.0.0.1"),
                Map.entry("SMTP_PORT", String.valueOf(smtp.getSmtp().getPort())),
                // Local demo mode: this one receiver, by scheme, host, port and path prefix.
                Map.entry("NOTIFIER_SLACK_LOCAL_DEMO_WEBHOOKS", slackWebhook.replaceAll("(/services/).*", "$1")),
                Map.entry("NOTIFIER_ADMIN_TOKEN", ADMIN_TOKEN),
                Map.entry("NOTIFIER_SIGNING_SECRET", "e2e-signing-secret-that-is-long-enough-" + System.nanoTime()));
    }

    private Map<String, String> fetcherEnvironment(String kafka) {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "FETCHER_DB_URL", SharedTestInfrastructure.freshDatabase("fetcher"),
                "FETCHER_DB_USER", EmbeddedPostgresServer.USER,
                "FETCHER_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD,
                "FETCHER_LIVE_ENABLED", "false",
                "FETCHER_REPLAY_ENABLED", "true",
                "FETCHER_REPLAY_DIRECTORY", replay.toString());
    }

    private static void subscribe(ServiceProcess notifier, String channel, String address) throws IOException, InterruptedException {
        String body = """
                {"name":"e2e %s","channel":"%s","address":"%s","confirmed":true,"cadence":"instant",
                 "filter":{"categories":["%s"]}}""".formatted(channel, channel, address, CATEGORY);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(notifier.url("/admin/subscriptions")))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        assertThat(response.body()).doesNotContain(address.startsWith("http") ? address : "\u0000");
    }

    private static String plainText(MimeMessage message) {
        try {
            MimeMultipart parts = (MimeMultipart) message.getContent();
            return parts.getBodyPart(0).getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("an alert mail could not be read", e);
        }
    }

    private static String escapedForSlack(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private <T extends AutoCloseable> T closing(T resource) {
        running.add(resource);
        return resource;
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }
}
