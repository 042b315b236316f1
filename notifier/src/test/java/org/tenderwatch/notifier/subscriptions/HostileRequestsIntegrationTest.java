package org.tenderwatch.notifier.subscriptions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.notifier.testing.RunningNotifier;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.tenderwatch.notifier.security.LinkPurpose;
import org.tenderwatch.notifier.security.SignedLinks;

import io.micronaut.http.HttpRequest;
import org.tenderwatch.testing.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an outsider sends to the public and admin API to get past validation: each refused with a 400 that names
 * the field, never with database text, and leaving nothing half-written behind.
 */
// As behind a reverse proxy that names the client in this header; each test is its own client.
@NotifierTest(properties = "notifier.limits.client-address-header=" + HostileRequestsIntegrationTest.CLIENT_HEADER)
class HostileRequestsIntegrationTest {

    static final String CLIENT_HEADER = "X-Test-Proxy-Client";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Mailbox mailbox;
    private final RunningNotifier notifier;

    HostileRequestsIntegrationTest(Mailbox mailbox, RunningNotifier notifier) {
        this.mailbox = mailbox;
        this.notifier = notifier;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "grp: a@example.org, b@example.org;",
            "Someone <someone@example.org>",
            "a@example.org, b@example.org",
            "a@example.org (comment)",
            "\\\"quoted local\\\"@example.org",
            "a@localhost",
            "a@@example.org",
            "a@example.org\\r\\nBcc: b@example.org"})
    void onlyOnePlainAddressIsAnEmailAddress(String email) {
        long subscribers = notifier.db().count("select count(*) from subscriber");
        long deliveries = notifier.db().count("select count(*) from delivery");
        Answer response = notifier.post("/api/subscriptions", "application/json", "{\"email\":\"" + email + "\"}");
        assertThat(response.statusCode()).as(email).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"email\"");
        assertThat(notifier.db().count("select count(*) from subscriber")).isEqualTo(subscribers);
        assertThat(notifier.db().count("select count(*) from delivery")).isEqualTo(deliveries);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"name\":\"nul\\u0000name\"|name",
            "\"filter\":{\"keywords\":[\"nul\\u0000keyword\"]}|filter.keywords",
            "\"filter\":{\"buyers\":[\"NHS\\u0000Trust\"]}|filter.buyers",
            "\"filter\":{\"specialties\":[\"endo\\u0007scopy\"]}|filter.specialties",
            "\"filter\":{\"keywords\":[\"half \\ud800 pair\"]}|filter.keywords",
            "\"filter\":{\"minValue\":1e999999999}|filter.minValue",
            "\"filter\":{\"minValue\":1e20000}|filter.minValue",
            "\"filter\":{\"minValue\":1e-20000}|filter.minValue",
            "\"filter\":{\"minValue\":-1}|filter.minValue",
            "\"filter\":{\"minValue\":0.001}|filter.minValue"})
    void unstorableValuesAreA400NamingTheFieldAndLeaveNoRows(String member, String field) {
        Answer admin = notifier.admin("POST", "/admin/subscriptions",
                "{\"channel\":\"email\",\"address\":\"victim@example.org\"," + member + "}");
        Answer anonymous = notifier.post("/api/subscriptions", "application/json",
                "{\"email\":\"victim@example.org\"," + member + "}");
        for (Answer response : List.of(admin, anonymous)) {
            assertThat(response.statusCode()).as(member).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"" + field + "\"")
                    .doesNotContainIgnoringCase("sql").doesNotContain("ERROR:").doesNotContain("Exception");
        }
        assertThat(notifier.db().count("select count(*) from subscriber where recipient = 'victim@example.org'")).as("orphan subscribers").isZero();
    }

    /** Shapes the issue did not list: each must be a plain 400, never a 500 or a stack trace. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"email\":\"shape@example.org\",\"filter\":{\"keywords\":[null]}}",
            "{\"email\":[\"shape@example.org\",\"other-inbox@example.org\"]}",
            "{\"email\":\"shape@example.org\",\"digestHour\":1e999}",
            "{\"email\":\"shape@example.org\",\"filter\":{\"minConfidence\":1e999}}",
            "{\"email\":\"shape@example.org\",\"filter\":{\"categories\":\"clinical_insourcing\"}}",
            "{\"email\":\"shape@example.org\",\"cadence\":\"daily\u0000\"}",
            "NESTED"})
    void oddJsonShapesAreA400WithoutInternals(String json) {
        notifier.db().update("delete from subscriber where recipient in ('shape@example.org', 'other-inbox@example.org')");
        String body = json.equals("NESTED") ? "{\"email\":\"shape@example.org\",\"filter\":" + "[".repeat(3000) + "]".repeat(3000) + "}" : json;
        Answer response = notifier.post("/api/subscriptions", "application/json", body);
        assertThat(response.statusCode()).as(json).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContainIgnoringCase("sql").doesNotContain("at org.");
        assertThat(notifier.db().count("select count(*) from subscriber where recipient in ('shape@example.org', 'other-inbox@example.org')"))
                .isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1e3|1000", "12.50|12.5", "0e-20000|0"})
    void sensibleMinimumsAreStoredAsPlainNumbers(String minValue, String stored) {
        long id = notifier.subscribe("{\"channel\":\"email\",\"address\":\"money-" + stored + "@example.org\",\"confirmed\":true,"
                + "\"filter\":{\"minValue\":" + minValue + "}}");
        assertThat(notifier.db().strings("select min_value::text from subscription where id = ?", id)).containsExactly(stored);
        notifier.admin("DELETE", "/admin/subscriptions/" + id, null);
        notifier.db().update("delete from subscriber where recipient like 'money-%'");
    }

    @Test
    void aFloodOfSubscribeRequestsForOneAddressSendsOneMailAndIsCutOffPerClient() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Answer response = subscribe("flood@example.org", "198.51.100.1", null);
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                assertThat(response.header("Retry-After")).isPresent();
            }
        }
        assertThat(statuses.subList(0, 10)).containsOnly(202);
        assertThat(statuses.subList(10, 30)).containsOnly(429);
        await().atMost(WAIT).until(() -> mailbox.to("flood@example.org").size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> mailbox.to("flood@example.org").size() == 1);
        assertThat(notifier.db().count("select count(*) from subscription s join subscriber r on r.id = s.subscriber_id"
                + " where r.recipient = 'flood@example.org'")).isEqualTo(1);
    }

    @Test
    void clientsThatChangeTheirAddressStillCauseOneMailPerAddress() {
        for (int i = 0; i < 20; i++) {
            // An X-Forwarded-For of the caller's choosing is not the trusted proxy's header: it changes nothing.
            Answer response = notifier.exchange(HttpRequest.POST("/api/subscriptions", "{\"email\":\"rotating-" + i + "@example.org\"}")
                    .contentType("application/json").header(CLIENT_HEADER, "198.51.100.2")
                    .header("X-Forwarded-For", "203.0.113." + i));
            assertThat(response.statusCode()).isEqualTo(i < 10 ? 202 : 429);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(subscribe("many-clients@example.org", "198.51.101." + i, null).statusCode()).isEqualTo(202);
        }
        await().atMost(WAIT).until(() -> mailbox.to("many-clients@example.org").size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> mailbox.to("many-clients@example.org").size() == 1);
        MeterRegistry meters = notifier.context().getBean(MeterRegistry.class);
        assertThat(meters.get("tenderwatch.notifier.confirmations.withheld").tag("reason", "pending").counter().count()).isGreaterThanOrEqualTo(19);
    }

    @Test
    void anAddressThatUnsubscribedGetsNoConfirmationUnlessItAsksFromTheUnsubscribePage() {
        long id = notifier.subscribe("{\"channel\":\"email\",\"address\":\"gone@example.org\",\"confirmed\":true}");
        long subscriber = notifier.context().getBean(SubscriptionStore.class).find(id).orElseThrow().subscriberId();
        String unsubscribe = notifier.context().getBean(SignedLinks.class).issue(LinkPurpose.UNSUBSCRIBE, subscriber);
        Answer unsubscribed = notifier.post("/unsubscribe?token=" + unsubscribe, "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");
        assertThat(unsubscribed.statusCode()).isEqualTo(200);

        assertThat(subscribe("gone@example.org", "198.51.100.3", null).statusCode()).isEqualTo(202);
        assertThat(subscribe("GONE@example.org", "198.51.100.4", "forged-token").statusCode()).isEqualTo(202);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> mailbox.to("gone@example.org").isEmpty());

        String again = unsubscribed.body().replaceAll("(?s).*href=\"\\./\\?resubscribe(?:=|&#x3D;)([^\"]+)\".*", "$1");
        Answer form = notifier.submitForm("/?resubscribe=" + again, "email=gone%40example.org&cadence=instant");
        assertThat(form.statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> mailbox.to("gone@example.org").size() == 1);
    }

    @Test
    void aSuppressedAddressGetsNoConfirmation() {
        notifier.db().update("insert into suppressed_recipient (channel, recipient_key, reason) values ('email', 'bounces@example.org', 'SMTP 550 no such user')");
        assertThat(subscribe("Bounces@example.org", "198.51.100.5", null).statusCode()).isEqualTo(202);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> mailbox.to("bounces@example.org").isEmpty());
        assertThat(notifier.db().count("select count(*) from subscriber where recipient_key = 'bounces@example.org'")).isZero();
    }

    @Test
    void anOldConfirmationLinkDoesNotUndoAnUnsubscribe() {
        assertThat(subscribe("changed-mind@example.org", "198.51.100.6", null).statusCode()).isEqualTo(202);
        await().atMost(WAIT).until(() -> mailbox.to("changed-mind@example.org").size() == 1);
        String confirm = notifier.local(Mailbox.part(mailbox.to("changed-mind@example.org").get(0), 0).lines()
                .filter(l -> l.startsWith("http://notifier.test/confirm?token=")).findFirst().orElseThrow());
        assertThat(notifier.post(confirm, "application/x-www-form-urlencoded", "").statusCode()).isEqualTo(200);
        long subscriber = Long.parseLong(notifier.db().strings("select id from subscriber where recipient = 'changed-mind@example.org'").get(0));
        String unsubscribe = notifier.context().getBean(SignedLinks.class).issue(LinkPurpose.UNSUBSCRIBE, subscriber);
        assertThat(notifier.post("/unsubscribe?token=" + unsubscribe, "application/x-www-form-urlencoded", "").statusCode()).isEqualTo(200);

        Answer replayed = notifier.post(confirm, "application/x-www-form-urlencoded", "");
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(notifier.db().count("select count(*) from subscriber where id = ? and unsubscribed_at is not null", subscriber)).isEqualTo(1);
        assertThat(notifier.db().count("select count(*) from subscription where subscriber_id = ? and confirmed", subscriber)).isZero();
    }

    @Test
    void theFormRefusesPostsWithoutItsTokenAndCookieAndCannotBeFramed() {
        Answer page = notifier.get("/");
        assertThat(page.header("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(page.header("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().getAll("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("tw_form=")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
        String token = page.body().replaceAll("(?s).*name=\"form_token\" value=\"([^\"]+)\".*", "$1");

        Answer noToken = notifier.post("/subscribe", "application/x-www-form-urlencoded", "email=csrf%40example.org");
        Answer tokenWithoutCookie = notifier.post("/subscribe", "application/x-www-form-urlencoded",
                "form_token=" + token + "&email=csrf%40example.org");
        Answer otherCookie = notifier.exchange(HttpRequest.POST("/subscribe", "form_token=" + token + "&email=csrf%40example.org")
                .contentType("application/x-www-form-urlencoded").header("Cookie", "tw_form=AAAAAAAAAAAAAAAAAAAAAAAA"));
        for (Answer refused : List.of(noToken, tokenWithoutCookie, otherCookie)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("sent from another site");
        }
        // A cross-site "simple" request cannot pass for JSON.
        assertThat(notifier.post("/api/subscriptions", "text/plain", "{\"email\":\"csrf@example.org\"}").statusCode()).isEqualTo(415);
        assertThat(notifier.db().count("select count(*) from subscriber where recipient = 'csrf@example.org'")).isZero();
    }

    private Answer subscribe(String email, String client, String resubscribeToken) {
        String json = resubscribeToken == null ? "{\"email\":\"" + email + "\"}"
                : "{\"email\":\"" + email + "\",\"resubscribeToken\":\"" + resubscribeToken + "\"}";
        return notifier.exchange(HttpRequest.POST("/api/subscriptions", json).contentType("application/json").header(CLIENT_HEADER, client));
    }
}
