package org.tenderwatch.notifier.subscriptions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.notifier.testing.NotifierProperties;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an outsider sends to the public and admin API to get past validation: each refused with a 400 that names
 * the field, never with database text, and leaving nothing half-written behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsIntegrationTest {

    private static final String TOPIC = "notices.classified.hostile-requests-test";

    private Mailbox mailbox;
    private RunningNotifier notifier;

    @BeforeAll
    void start() {
        mailbox = new Mailbox();
        notifier = new RunningNotifier(NotifierProperties.of(TOPIC, mailbox.port()));
    }

    @AfterAll
    void stop() {
        notifier.close();
        mailbox.close();
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
        HttpResponse<String> response = notifier.post("/api/subscriptions", "application/json", "{\"email\":\"" + email + "\"}");
        assertThat(response.statusCode()).as(email).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"email\"");
        assertThat(notifier.db().count("select count(*) from subscriber")).isZero();
        assertThat(notifier.db().count("select count(*) from delivery")).isZero();
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
        HttpResponse<String> admin = notifier.admin("POST", "/admin/subscriptions",
                "{\"channel\":\"email\",\"address\":\"victim@example.org\"," + member + "}");
        HttpResponse<String> anonymous = notifier.post("/api/subscriptions", "application/json",
                "{\"email\":\"victim@example.org\"," + member + "}");
        for (HttpResponse<String> response : new HttpResponse[]{admin, anonymous}) {
            assertThat(response.statusCode()).as(member).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"" + field + "\"")
                    .doesNotContainIgnoringCase("sql").doesNotContain("ERROR:").doesNotContain("Exception");
        }
        assertThat(notifier.db().count("select count(*) from subscriber")).as("orphan subscribers").isZero();
        assertThat(notifier.db().count("select count(*) from subscription")).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1e3|1000", "12.50|12.5", "0e-20000|0"})
    void sensibleMinimumsAreStoredAsPlainNumbers(String minValue, String stored) {
        long id = notifier.subscribe("{\"channel\":\"email\",\"address\":\"money-" + stored + "@example.org\",\"confirmed\":true,"
                + "\"filter\":{\"minValue\":" + minValue + "}}");
        assertThat(notifier.db().strings("select min_value::text from subscription where id = ?", id)).containsExactly(stored);
        notifier.admin("DELETE", "/admin/subscriptions/" + id, null);
        notifier.db().update("delete from subscriber");
    }
}
