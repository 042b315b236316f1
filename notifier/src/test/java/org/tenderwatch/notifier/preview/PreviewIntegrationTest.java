package org.tenderwatch.notifier.preview;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.testing.Topics;
import org.tenderwatch.notifier.security.LinkPurpose;
import org.tenderwatch.notifier.security.SignedLinks;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.notifier.testing.NotifierProperties;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.RunningNotifier;

import org.tenderwatch.testing.Answer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Volume previews over real recorded notices stored by the notifier, through the JSON API, the subscribe form and the
 * change-an-alert page; specialties and signals only from the shared vocabulary.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewIntegrationTest {

    private static final String TOPIC = "notices.classified.preview-test";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Mailbox mailbox;
    private Map<String, Object> properties;
    private RunningNotifier notifier;
    private Publisher publisher;

    @BeforeAll
    void start() {
        mailbox = new Mailbox();
        properties = NotifierProperties.of(TOPIC, mailbox.port());
        notifier = new RunningNotifier(properties);
        publisher = new Publisher(TOPIC, notifier.json());
        publisher.publish(Fixtures.endoscopyInsourcing());
        publisher.publish(Fixtures.giPhysiologyAward());
        publisher.publish(Fixtures.softFacilitiesManagement());
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> notifier.db().count("select count(*) from notice") == 3);
        // As if received earlier: two weeks ago, and long before the weeks a preview counts.
        notifier.db().update("update notice set received_at = now() - interval '14 days' where release_id = ?",
                Fixtures.giPhysiologyAward().notice().releaseId());
        notifier.db().update("update notice set received_at = now() - interval '100 days' where release_id = ?",
                Fixtures.softFacilitiesManagement().notice().releaseId());
    }

    @AfterAll
    void stop() {
        publisher.close();
        notifier.close();
        mailbox.close();
    }

    @Test
    void countsTheAlertsAFilterWouldHaveSentPerWeek() {
        Answer all = notifier.post("/api/subscriptions/preview", "application/json",
                "{\"filter\":{\"categories\":[\"clinical_insourcing\"]}}");
        assertThat(all.statusCode()).isEqualTo(200);
        LocalDate thisWeek = LocalDate.now(ZoneId.of("Europe/London")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate giWeek = LocalDate.now(ZoneId.of("Europe/London")).minusDays(14).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(all.body()).contains("\"total\":2", "\"noticesRead\":2", "\"complete\":true",
                "{\"starting\":\"" + thisWeek + "\",\"alerts\":1,\"soFar\":true}",
                "{\"starting\":\"" + giWeek + "\",\"alerts\":1,\"soFar\":false}",
                "{\"starting\":\"" + thisWeek.minusWeeks(8) + "\",\"alerts\":0,\"soFar\":false}");

        assertThat(notifier.post("/api/subscriptions/preview", "application/json", "{\"filter\":{\"specialties\":[\"endoscopy\"]}}").body())
                .contains("\"total\":1");
        assertThat(notifier.post("/api/subscriptions/preview", "application/json", "{\"filter\":{\"signals\":[\"private-winner\"]}}").body())
                .contains("\"total\":1");
        // Non-clinical support services are a specialty too; this one arrived before the weeks counted.
        assertThat(notifier.post("/api/subscriptions/preview", "application/json", "{\"filter\":{\"specialties\":[\"fm-estates\"]}}").body())
                .contains("\"total\":0");

        Answer unknown = notifier.post("/api/subscriptions/preview", "application/json",
                "{\"filter\":{\"specialties\":[\"podiatry\"]}}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"filter.specialties\"", "unknown specialty 'podiatry'");
        assertThat(notifier.post("/api/subscriptions/preview", "application/json", "{\"filter\":{\"signals\":[\"cheap\"]}}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void theSubscribeFormOffersTheVocabularyAndPreviewsBeforeSubscribing() {
        Answer form = notifier.get("/");
        assertThat(form.body()).contains("name=\"specialties\" value=\"endoscopy\"", "Ear, nose and throat",
                "name=\"specialties\" value=\"fm-estates\"", "name=\"signals\" value=\"psr-direct-award-c\"",
                "PSR direct award C (incumbent continues)", "value=\"preview\"");

        Answer previewed = notifier.submitForm("/", "email=&specialties=endoscopy&specialties=gastroenterology&action=preview");
        assertThat(previewed.statusCode()).isEqualTo(200);
        assertThat(previewed.body()).contains("This filter would have sent 2 alerts", DAY.format(
                LocalDate.now(ZoneId.of("Europe/London")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) + " (so far)",
                "value=\"endoscopy\" checked", "value=\"gastroenterology\" checked");
        assertThat(notifier.db().count("select count(*) from subscriber")).isZero();

        Answer refused = notifier.submitForm("/", "email=vocab%40example.org&specialties=podiatry");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("unknown specialty");
        assertThat(notifier.db().count("select count(*) from subscriber")).isZero();
        assertThat(notifier.admin("POST", "/admin/subscriptions", """
                {"channel":"email","address":"vocab@example.org","confirmed":true,"filter":{"signals":["made-up"]}}""")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void theManagePageChangesAnAlertAfterShowingWhatTheNewFilterWouldSend() {
        long id = notifier.subscribe("""
                {"name":"Endoscopy","channel":"email","address":"editor@example.org","confirmed":true,"filter":{"specialties":["endoscopy"]}}""");
        long subscriber = Long.parseLong(notifier.db().strings("select subscriber_id from subscription where id = ?", id).get(0));
        String token = notifier.context().getBean(SignedLinks.class).issue(LinkPurpose.MANAGE, subscriber);
        assertThat(notifier.get("/manage?token=" + token).body()).contains("manage/edit?token=" + token);

        Answer page = notifier.get("/manage/edit?token=" + token + "&id=" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("This filter would have sent 1 alerts", "value=\"endoscopy\" checked");

        String edit = "/manage/edit?token=" + token + "&id=" + id;
        Answer previewed = notifier.post(edit, FORM, "name=GI&specialties=gastroenterology&action=preview");
        assertThat(previewed.body()).contains("This filter would have sent 1 alerts", "value=\"gastroenterology\" checked");
        assertThat(notifier.db().strings("select array_to_string(specialties, ',') from subscription where id = ?", id))
                .containsExactly("endoscopy");

        assertThat(notifier.post(edit, FORM, "name=GI&specialties=podiatry&action=save").statusCode()).isEqualTo(400);
        assertThat(notifier.post(edit, FORM, "name=GI&specialties=gastroenterology&action=save").statusCode()).isEqualTo(303);
        assertThat(notifier.db().strings("select name || ' ' || array_to_string(specialties, ',') from subscription where id = ?", id))
                .containsExactly("GI gastroenterology");
        String other = notifier.context().getBean(SignedLinks.class).issue(LinkPurpose.MANAGE, subscriber + 1000);
        assertThat(notifier.get("/manage/edit?token=" + other + "&id=" + id).statusCode()).isEqualTo(400);
    }

    @Test
    void aPreviewThatReachesItsLimitSaysSo() {
        Map<String, Object> bounded = new HashMap<>(properties);
        bounded.put("notifier.intake.topic", TOPIC + "-bounded");
        bounded.put("notifier.delivery.enabled", "false");
        bounded.put("notifier.preview.max-notices", "1");
        Topics.create(TOPIC + "-bounded");
        try (RunningNotifier small = new RunningNotifier(bounded)) {
            assertThat(small.post("/api/subscriptions/preview", "application/json", "{\"filter\":{}}").body())
                    .contains("\"noticesRead\":1", "\"complete\":false");
        }
    }
}
