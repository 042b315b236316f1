package org.tenderwatch.notifier.deliver;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.testing.FakeSlack;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.RunningNotifier;

import org.tenderwatch.testing.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Classified notices in on real Kafka, mails out to a real SMTP server, posts out to a real local HTTP server. */
@NotifierTest(slack = true, properties = "notifier.delivery.give-up-after=5s")
class DeliveryIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Mailbox mailbox;
    private final FakeSlack slack;
    private final RunningNotifier notifier;
    private final Publisher publisher;

    DeliveryIntegrationTest(Mailbox mailbox, FakeSlack slack, RunningNotifier notifier, Publisher publisher) {
        this.mailbox = mailbox;
        this.slack = slack;
        this.notifier = notifier;
        this.publisher = publisher;
    }

    @Test
    void emailsAnAlertThatSaysWhyWithOneClickUnsubscribe() {
        notifier.subscribe("""
                {"name":"Endoscopy in Yorkshire","channel":"email","address":"campaigner@example.org","confirmed":true,
                 "filter":{"specialties":["endoscopy"],"keywords":["insourced endoscopy"]}}""");
        publisher.publish(Fixtures.endoscopyInsourcing());

        await().atMost(WAIT).until(() -> mailbox.to("campaigner@example.org").size() == 1);
        MimeMessage mail = mailbox.to("campaigner@example.org").get(0);
        assertThat(Mailbox.subject(mail)).isEqualTo("[Clinical insourcing] York and Scarborough Teaching Hospital NHS Foundation Trust: "
                + "Provision of Insourced Endoscopy Services YSTH");
        assertThat(Mailbox.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(Mailbox.header(mail, "Message-ID")).matches("<delivery-\\d+\\.\\d+@tenderwatch\\.invalid>");
        String unsubscribe = Mailbox.header(mail, "List-Unsubscribe").replaceAll("^<|>$", "");
        assertThat(unsubscribe).startsWith("http://notifier.test/unsubscribe?token=");
        String text = Mailbox.part(mail, 0);
        assertThat(text).contains("Why it matched (Endoscopy in Yorkshire)", "- title contains 'Insourced'",
                "- awarded under the Provider Selection Regime", "Buyer:       York and Scarborough Teaching Hospital NHS Foundation Trust",
                "Value:       £2,500,000", "Manage your alerts: http://notifier.test/manage?token=");
        assertThat(Mailbox.part(mail, 1)).contains("<li>title contains &#39;Insourced&#39;</li>");

        Answer page = notifier.get(notifier.local(unsubscribe));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"");
        Answer oneClick = notifier.post(notifier.local(unsubscribe), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("Unsubscribed");

        publisher.publish(Fixtures.titled(Fixtures.endoscopyInsourcing(), "after-unsubscribe", "Insourced endoscopy, again"));
        await().atMost(WAIT).until(() -> notifier.db().count("select count(*) from notice where release_id = 'after-unsubscribe'") == 1);
        assertThat(notifier.db().count("select count(*) from alert where release_id = 'after-unsubscribe'")).isZero();
        assertThat(mailbox.to("campaigner@example.org")).hasSize(1);

        // Subscribing again takes the page that confirmed the unsubscribe: a request from anywhere else mails nothing.
        assertThat(notifier.post("/api/subscriptions", "application/json", "{\"email\":\"campaigner@example.org\"}").statusCode())
                .isEqualTo(202);
        String token = oneClick.body().replaceAll("(?s).*href=\"\\./\\?resubscribe(?:=|&#x3D;)([^\"]+)\".*", "$1");
        Answer again = notifier.post("/api/subscriptions", "application/json",
                "{\"email\":\"campaigner@example.org\",\"filter\":{\"keywords\":[\"endoscopy\"]},\"resubscribeToken\":\"" + token + "\"}");
        assertThat(again.statusCode()).isEqualTo(202);
        await().atMost(WAIT).until(() -> mailbox.to("campaigner@example.org").size() == 2);
        assertThat(Mailbox.subject(mailbox.to("campaigner@example.org").get(1))).isEqualTo("Confirm your Tender Watch alert");
        assertThat(notifier.db().count("select count(*) from subscription s join subscriber r on r.id = s.subscriber_id"
                + " where r.recipient = 'campaigner@example.org' and s.confirmed")).isZero();
    }

    @Test
    void slackAnswering429IsRetriedAfterRetryAfterAndDeliveredOnce() {
        // Longer than the one-second pacing per webhook, so a notifier that ignored the header would post again sooner.
        slack.script("rate-limited", new FakeSlack.Answer(429, Map.of("Retry-After", "3"), "rate_limited"));
        notifier.subscribe("""
                {"name":"GI","channel":"slack","address":"%s","filter":{"specialties":["gastroenterology"]}}"""
                .formatted(slack.webhook("rate-limited")));
        publisher.publish(Fixtures.giPhysiologyAward());

        await().atMost(WAIT).until(() -> slack.delivered("rate-limited").size() == 1);
        List<FakeSlack.Post> posts = slack.posts("rate-limited");
        assertThat(posts).extracting(FakeSlack.Post::answered).containsExactly(429, 200);
        assertThat(Duration.between(posts.get(0).at(), posts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        String body = posts.get(1).body();
        assertThat(body).contains("Gastrointestinal Physiology Insourcing", "Gloucestershire Hospitals NHS Foundation Trust",
                "title contains 'Insourcing'", "Clinical insourcing", "gastroenterology", "private-winner");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> slack.posts("rate-limited").size() == 2);
    }

    @Test
    void anEndlessAnswerFromAWebhookIsReadOnlyAsFarAsItsLimit() {
        slack.answerEndlessly("endless");
        long id = notifier.subscribe("""
                {"name":"Endless","channel":"slack","address":"%s","filter":{"keywords":["Gastrointestinal Physiology"]}}"""
                .formatted(slack.webhook("endless")));
        publisher.publish(Fixtures.titled(Fixtures.giPhysiologyAward(), "endless-1", "Gastrointestinal Physiology Insourcing"));

        await().atMost(WAIT).until(() -> notifier.db().strings("select coalesce(d.last_error, '') from delivery d join alert a"
                + " on a.delivery_id = d.id where a.subscription_id = ?", id).stream().anyMatch(e -> e.startsWith("Slack answered 500: aaaa")));
        assertThat(slack.posts("endless")).isNotEmpty();
    }

    @Test
    void slackAnsweringAnother4xxDisablesTheWebhookAndSaysWhy() {
        slack.script("revoked", new FakeSlack.Answer(404, Map.of(), "no_service"));
        long id = notifier.subscribe("""
                {"name":"Revoked","channel":"slack","address":"%s","filter":{"keywords":["Gastrointestinal Physiology"]}}"""
                .formatted(slack.webhook("revoked")));
        publisher.publish(Fixtures.titled(Fixtures.giPhysiologyAward(), "revoked-1", "Gastrointestinal Physiology Insourcing"));

        await().atMost(WAIT).until(() -> notifier.db().count("select count(*) from suppressed_recipient x join subscriber r on r.channel = x.channel and r.recipient_key = x.recipient_key join subscription s on s.subscriber_id = r.id"
                + " where s.id = ?", id) == 1);
        assertThat(notifier.db().strings("select x.reason from suppressed_recipient x join subscriber r on r.channel = x.channel and r.recipient_key = x.recipient_key join subscription s on s.subscriber_id = r.id"
                + " where s.id = ?", id)).containsExactly("Slack answered 404: no_service");
        assertThat(notifier.db().strings("select d.state from delivery d join alert a on a.delivery_id = d.id where a.subscription_id = ?", id))
                .containsExactly("failed");
        assertThat(slack.posts("revoked")).hasSize(1);
    }

    @Test
    void aReceiverThatKeepsFailingIsRetriedWithBackoffThenGivenUpAndThatIsRecorded() {
        FakeSlack.Answer[] failures = new FakeSlack.Answer[100];
        java.util.Arrays.fill(failures, new FakeSlack.Answer(500, Map.of(), "internal_error"));
        slack.script("broken", failures);
        long id = notifier.subscribe("""
                {"name":"Broken","channel":"slack","address":"%s","filter":{"keywords":["Gastrointestinal Physiology"]}}"""
                .formatted(slack.webhook("broken")));
        publisher.publish(Fixtures.titled(Fixtures.giPhysiologyAward(), "broken-1", "Gastrointestinal Physiology Insourcing"));

        await().atMost(WAIT).until(() -> notifier.db().strings("select d.state from delivery d join alert a on a.delivery_id = d.id"
                + " where a.subscription_id = ?", id).equals(List.of("gave_up")));
        String error = notifier.db().strings("select d.last_error from delivery d join alert a on a.delivery_id = d.id"
                + " where a.subscription_id = ?", id).get(0);
        assertThat(error).startsWith("gave up after PT5S and ").endsWith("attempts; last: Slack answered 500: internal_error");
        List<FakeSlack.Post> posts = slack.posts("broken");
        // Slack's pacing (one post a second per webhook) hides the backoff here: its growth is checked by email
        // (EmailFailureIntegrationTest), where nothing paces the retries.
        assertThat(posts.size()).isBetween(3, 20);
        assertThat(notifier.db().count("select count(*) from suppressed_recipient x join subscriber r on r.channel = x.channel and r.recipient_key = x.recipient_key join subscription s on s.subscriber_id = r.id"
                + " where s.id = ?", id)).isZero();
    }

    @Test
    void aMessageThatCannotBeBuiltIsRetriedThenGivenUpAndThatIsRecorded() {
        long id = notifier.subscribe("""
                {"name":"Undecryptable","channel":"slack","address":"%s","filter":{"keywords":["Undecryptable"]}}"""
                .formatted(slack.webhook("undecryptable")));
        // As if the signing secret had changed since the webhook was stored: its ciphertext no longer opens.
        notifier.db().update("update subscriber set recipient = 'bm90IGEgY2lwaGVydGV4dA=='"
                + " where id = (select subscriber_id from subscription where id = ?)", id);
        publisher.publish(Fixtures.titled(Fixtures.giPhysiologyAward(), "undecryptable-1", "Undecryptable webhook notice"));

        await().atMost(WAIT).until(() -> notifier.db().strings("select d.state from delivery d join alert a on a.delivery_id = d.id"
                + " where a.subscription_id = ?", id).equals(List.of("gave_up")));
        assertThat(notifier.db().strings("select d.last_error from delivery d join alert a on a.delivery_id = d.id"
                + " where a.subscription_id = ?", id)).singleElement().asString()
                .startsWith("gave up after PT5S and ").contains("could not build the message: cannot decrypt a webhook URL");
        assertThat(slack.posts("undecryptable")).isEmpty();
    }

    @Test
    void hostileTextIsEscapedAndCutInEveryChannel() {
        notifier.subscribe("""
                {"name":"Hostile <b>name</b>","channel":"email","address":"hostile@example.org","confirmed":true,"filter":{"keywords":["script"]}}""");
        notifier.subscribe("""
                {"name":"Hostile","channel":"slack","address":"%s","filter":{"keywords":["script"]}}""".formatted(slack.webhook("hostile")));
        String title = "<script>alert('x')</script> & <!channel> *bold* <https://evil.example|click>";
        NoticeClassified hostile = Fixtures.withText(Fixtures.endoscopyInsourcing(), "hostile-1", title, "<img src=x onerror=alert(1)> ".repeat(5000),
                "<b>Evil</b> & Co\r\nBcc: victim@example.org", List.of());
        publisher.publish(hostile);

        await().atMost(WAIT).until(() -> mailbox.to("hostile@example.org").size() == 1 && slack.delivered("hostile").size() == 1);
        MimeMessage mail = mailbox.to("hostile@example.org").get(0);
        assertThat(Mailbox.subject(mail)).doesNotContain("\n").doesNotContain("\r").hasSizeLessThanOrEqualTo(200);
        assertThat(Mailbox.header(mail, "Bcc")).isNull();
        String html = Mailbox.part(mail, 1);
        assertThat(html).doesNotContain("<script>", "<img", "<b>Evil").contains("&lt;script&gt;", "&lt;b&gt;Evil&lt;/b&gt; &amp; Co");
        assertThat(html.length()).isLessThan(20_000);

        String post = slack.delivered("hostile").get(0).body();
        assertThat(post).doesNotContain("<script>", "<!channel>", "<https://evil.example|click>")
                .contains("&lt;script&gt;", "&lt;!channel&gt;", "&amp;");
        Matcher texts = Pattern.compile("\"text\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(post);
        while (texts.find()) {
            assertThat(texts.group(1).length()).isLessThanOrEqualTo(3000 + 500);
        }
        assertThat(post.split("\"type\":\"(section|context)\"").length - 1).isLessThanOrEqualTo(50);
    }

    @Test
    void exportsPrometheusMetricsForMatchingAndDelivery() {
        notifier.subscribe("""
                {"name":"Metrics","channel":"email","address":"metrics@example.org","confirmed":true,"filter":{"specialties":["fm-estates"]}}""");
        NoticeClassified dated = Fixtures.softFacilitiesManagement();
        assertThat(dated.notice().releaseDate()).isNotNull();
        publisher.publish(dated);
        await().atMost(WAIT).until(() -> mailbox.to("metrics@example.org").size() == 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(notifier.metrics().body()).contains(
                "tenderwatch_notifier_alerts_matched_total{kind=\"match\"}",
                "tenderwatch_notifier_deliveries_total{channel=\"email\",outcome=\"sent\"}",
                "tenderwatch_notifier_outbox_depth",
                "tenderwatch_notifier_notice_age_at_send_seconds_count{channel=\"email\"}"));
    }

    @Test
    void webhookUrlsAreStoredEncryptedAndNeverReturned() {
        String webhook = slack.webhook("secret-channel");
        notifier.subscribe("""
                {"name":"Secret","channel":"slack","address":"%s"}""".formatted(webhook));
        Answer list = notifier.admin("GET", "/admin/subscriptions", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"name\":\"Secret\"").doesNotContain("secret-channel").doesNotContain("/services/");
        assertThat(notifier.db().count("select count(*) from subscriber where recipient like '%secret-channel%' or recipient_key like '%secret-channel%'")).isZero();
        assertThat(notifier.db().count("select count(*) from subscriber where channel = 'slack'")).isPositive();
    }
}
