package org.tenderwatch.notifier.subscriptions;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.notifier.testing.NotifierProperties;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.RunningNotifier;

import io.micronaut.http.HttpRequest;
import org.tenderwatch.testing.Answer;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The admin and public HTTP API and the public pages, against a running notifier and a real SMTP server. */
@NotifierTest
class SubscriptionApiIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Mailbox mailbox;
    private final RunningNotifier notifier;
    private final Publisher publisher;

    SubscriptionApiIntegrationTest(Mailbox mailbox, RunningNotifier notifier, Publisher publisher) {
        this.mailbox = mailbox;
        this.notifier = notifier;
        this.publisher = publisher;
    }

    @Test
    void adminApiNeedsTheBearerToken() {
        assertThat(notifier.get("/admin/subscriptions").statusCode()).isEqualTo(401);
        Answer wrong = notifier.exchange(HttpRequest.GET("/admin/subscriptions").bearerAuth(NotifierProperties.ADMIN_TOKEN + "x"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(notifier.admin("GET", "/admin/subscriptions", null).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"channel\":\"email\",\"address\":\"not an address\"}|address",
            "{\"channel\":\"pigeon\",\"address\":\"a@example.org\"}|channel",
            "{\"channel\":\"email\",\"address\":\"a@example.org\",\"digestHour\":30}|digestHour",
            "{\"channel\":\"email\",\"address\":\"a@example.org\",\"cadence\":\"hourly\"}|cadence",
            "{\"channel\":\"email\",\"address\":\"a@example.org\",\"filter\":{\"categories\":[\"gossip\"]}}|filter.categories",
            "{\"channel\":\"email\",\"address\":\"a@example.org\",\"filter\":{\"regions\":[\"Narnia\"]}}|filter.regions",
            "{\"channel\":\"email\",\"address\":\"a@example.org\",\"filter\":{\"stages\":[\"someday\"]}}|filter.stages",
            "{\"channel\":\"email\",\"address\":\"a@example.org\",\"filter\":{\"minConfidence\":2}}|filter.minConfidence"})
    void invalidInputIsA400NamingTheField(String json, String field) {
        Answer response = notifier.admin("POST", "/admin/subscriptions", json);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://169.254.169.254/latest/meta-data/",
            "https://hooks.slack.com.evil.example/services/T/B/X",
            "https://evil.example/services/T/B/X",
            "http://hooks.slack.com/services/T/B/X",
            "https://user:pw@hooks.slack.com/services/T/B/X",
            "https://hooks.slack.com/api/chat.postMessage",
            "https://hooks.slack.com/services/../../admin",
            "file:///etc/passwd",
            "http://127.0.0.1:8083/services/x/../../admin/subscriptions"})
    void webhookUrlsOutsideTheAllowListAreRefusedWithoutBeingEchoed(String url) {
        Answer response = notifier.admin("POST", "/admin/subscriptions",
                "{\"channel\":\"slack\",\"address\":\"" + url + "\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"address\"").doesNotContain(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"channel\":\"slack\",\"address\":\"https://hooks.slack.com/services/T0/B0/leak\",\"digestHour\":\"x\"}",
            "{\"channel\":\"slack\",\"address\":\"https://hooks.slack.com/services/T0/B0/leak\",\"filter\":{\"minValue\":[]}}",
            "{\"channel\":\"slack\",\"address\":\"https://hooks.slack.com/services/T0/B0/leak\""})
    void aRequestThatCannotBeReadDoesNotEchoTheWebhookInside(String json) {
        Answer response = notifier.admin("POST", "/admin/subscriptions", json);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("leak").doesNotContain("/services/");
    }

    @Test
    void subscriptionsCanBeCreatedReadChangedAndDeleted() {
        long id = notifier.subscribe("""
                {"name":"Crud","channel":"email","address":"crud@example.org","confirmed":true,
                 "filter":{"categories":["non_clinical_outsourcing"],"regions":["ukd"]}}""");
        Answer shown = notifier.admin("GET", "/admin/subscriptions/" + id, null);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("\"categories\":[\"nonclinical_outsourcing\"]", "\"regions\":[\"UKD\"]", "\"email\":\"crud@example.org\"");
        Answer changed = notifier.admin("PUT", "/admin/subscriptions/" + id,
                "{\"name\":\"Crud daily\",\"cadence\":\"daily\",\"digestHour\":18,\"filter\":{\"keywords\":[\"patient transport\"]}}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("\"cadence\":\"daily\"", "\"digestHour\":18", "\"keywords\":[\"patient transport\"]");
        assertThat(notifier.admin("DELETE", "/admin/subscriptions/" + id, null).statusCode()).isEqualTo(204);
        assertThat(notifier.admin("GET", "/admin/subscriptions/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void publicSubscribersGetOnlyTheConfirmationUntilTheyConfirm() {
        Answer accepted = notifier.post("/api/subscriptions", "application/json",
                "{\"email\":\"reader@example.org\",\"filter\":{\"keywords\":[\"Gastrointestinal Physiology\"]}}");
        assertThat(accepted.statusCode()).isEqualTo(202);
        await().atMost(WAIT).until(() -> mailbox.to("reader@example.org").size() == 1);
        MimeMessage confirmation = mailbox.to("reader@example.org").get(0);
        assertThat(Mailbox.subject(confirmation)).isEqualTo("Confirm your Tender Watch alert");

        publisher.publish(Fixtures.titled(Fixtures.giPhysiologyAward(), "before-confirm", "Gastrointestinal Physiology Insourcing"));
        await().atMost(WAIT).until(() -> notifier.db().count("select count(*) from notice where release_id = 'before-confirm'") == 1);
        assertThat(notifier.db().count("select count(*) from alert where release_id = 'before-confirm'")).isZero();

        String link = Mailbox.part(confirmation, 0).lines().filter(l -> l.startsWith("http://notifier.test/confirm?token=")).findFirst().orElseThrow();
        // Mail scanners open links: opening one shows a button and confirms nothing; the button's POST confirms.
        Answer landing = notifier.get(notifier.local(link));
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("<form method=\"post\" action=\"confirm?token");
        assertThat(notifier.db().count("select count(*) from subscription s join subscriber r on r.id = s.subscriber_id"
                + " where r.recipient = 'reader@example.org' and s.confirmed")).isZero();
        Answer confirmed = notifier.post(notifier.local(link), "application/x-www-form-urlencoded", "");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Subscription confirmed");

        publisher.publish(Fixtures.titled(Fixtures.giPhysiologyAward(), "after-confirm", "Gastrointestinal Physiology Insourcing"));
        await().atMost(WAIT).until(() -> mailbox.to("reader@example.org").size() == 2);
        assertThat(Mailbox.subject(mailbox.to("reader@example.org").get(1))).contains("Gastrointestinal Physiology Insourcing");
    }

    @Test
    void oneClickUnsubscribeAcceptsTheMultipartPostOfRfc8058() throws Exception {
        long id = notifier.subscribe("""
                {"name":"Multipart","channel":"email","address":"multipart@example.org","confirmed":true}""");
        long subscriber = notifier.context().getBean(SubscriptionStore.class).find(id).orElseThrow().subscriberId();
        String token = notifier.context().getBean(org.tenderwatch.notifier.security.SignedLinks.class)
                .issue(org.tenderwatch.notifier.security.LinkPurpose.UNSUBSCRIBE, subscriber);
        // A mail client's one-click POST, byte for byte: multipart/form-data with a Content-Length, which Micronaut's
        // client cannot send (it streams multipart bodies chunked), so the JDK's client sends it.
        String body = "--b0undary\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--b0undary--\r\n";
        java.net.http.HttpResponse<Void> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(notifier.uri("/unsubscribe?token=" + token))
                        .header("Content-Type", "multipart/form-data; boundary=b0undary")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(notifier.db().count("select count(*) from subscriber where id = ? and unsubscribed_at is not null", subscriber)).isEqualTo(1);
    }

    @Test
    void tamperedOrForeignLinksDoNotWork() {
        assertThat(notifier.get("/confirm?token=bogus").statusCode()).isEqualTo(400);
        assertThat(notifier.post("/confirm?token=bogus", "application/x-www-form-urlencoded", "").statusCode()).isEqualTo(400);
        assertThat(notifier.post("/unsubscribe?token=bogus", "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click").statusCode())
                .isEqualTo(400);
        assertThat(notifier.get("/manage?token=").statusCode()).isEqualTo(400);
    }

    @Test
    void theSubscribeFormWorksWithoutJavaScriptAndExplainsMistakes() {
        Answer form = notifier.get("/");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<form method=\"post\" action=\"subscribe\">", "name=\"categories\"", "name=\"cadence\"",
                        "value=\"weekly\"", "One digest a week, on Mondays at that hour")
                .doesNotContain("<script");
        Answer mistake = notifier.submitForm("/", "email=%3Cb%3Enope&categories=clinical_insourcing&regions=Narnia");
        assertThat(mistake.statusCode()).isEqualTo(400);
        assertThat(mistake.body()).contains("class=\"error\"", "&lt;b&gt;nope").doesNotContain("<b>nope");
        Answer done = notifier.submitForm("/", "email=form%40example.org&categories=clinical_insourcing&categories=clinical_outsourcing&specialties=endoscopy%2C+imaging"
                        + "&regions=UKE%2C+LS&keywords=&cadence=daily&digestHour=8");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Check your inbox");
        await().atMost(WAIT).until(() -> mailbox.to("form@example.org").size() == 1);
        assertThat(notifier.db().strings("select array_to_string(categories, ',') || '|' || array_to_string(specialties, ',') || '|'"
                + " || array_to_string(regions, ',') || '|' || cadence || '|' || digest_hour from subscription s join subscriber r"
                + " on r.id = s.subscriber_id where r.recipient = 'form@example.org'"))
                .containsExactly("clinical_insourcing,clinical_outsourcing|endoscopy,imaging|UKE,LS|daily|8");
    }

    @Test
    void theManagePageListsAndRemovesAlerts() {
        notifier.subscribe("""
                {"name":"Manage me","channel":"email","address":"manage@example.org","confirmed":true,"filter":{"keywords":["Insourced Endoscopy"]}}""");
        publisher.publish(Fixtures.titled(Fixtures.endoscopyInsourcing(), "manage-1", "Insourced Endoscopy at York"));
        await().atMost(WAIT).until(() -> mailbox.to("manage@example.org").size() == 1);
        String manage = Mailbox.part(mailbox.to("manage@example.org").get(0), 0).lines()
                .filter(l -> l.startsWith("Manage your alerts: ")).findFirst().orElseThrow().substring("Manage your alerts: ".length());
        Answer page = notifier.get(notifier.local(manage));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Manage me", "keywords: Insourced Endoscopy", "manage@example.org");
        String action = page.body().replaceAll("(?s).*action=\"(manage/delete\\?[^\"]+)\".*", "$1").replace("&amp;", "&");
        Answer removed = notifier.post("/" + action, "application/x-www-form-urlencoded", "");
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(notifier.get(notifier.local(manage)).body()).contains("You have no alerts.", "Sent to manage@example.org.");
    }

    @Test
    void theOpenApiDescriptionIsServed() {
        Answer spec = notifier.get("/swagger/tender-watch-notifier-1.yml");
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("/admin/subscriptions", "/api/subscriptions", "/unsubscribe", "bearer");
    }
}
