package org.tenderwatch.notifier.feedback;

import org.junit.jupiter.api.Test;
import org.tenderwatch.notifier.testing.FakeSlack;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.RunningNotifier;

import org.tenderwatch.testing.Answer;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real alerts out by mail and Slack, their feedback links followed over HTTP, the answers read back by an operator. */
@NotifierTest(slack = true)
class FeedbackIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void answersFromMailAndSlackAreStoredCountedListedAndExportedAsLabels(Mailbox mailbox, FakeSlack slack, RunningNotifier notifier,
                                                                         Publisher publisher) {
        notifier.subscribe("""
                {"name":"Endoscopy","channel":"email","address":"reviewer@example.org","confirmed":true,
                 "filter":{"specialties":["endoscopy"]}}""");
        notifier.subscribe("""
                {"name":"GI","channel":"slack","address":"%s","filter":{"specialties":["gastroenterology"]}}"""
                .formatted(slack.webhook("feedback")));
        publisher.publish(Fixtures.endoscopyInsourcing());
        publisher.publish(Fixtures.giPhysiologyAward());
        await().atMost(WAIT).until(() -> mailbox.to("reviewer@example.org").size() == 1 && slack.delivered("feedback").size() == 1);

        String text = Mailbox.part(mailbox.to("reviewer@example.org").get(0), 0);
        assertThat(Mailbox.part(mailbox.to("reviewer@example.org").get(0), 1)).contains(">Not relevant</a>", ">Wrong category</a>");
        String notRelevant = notifier.local(find(text, "Not relevant\\? (\\S+)"));
        String emailCategoryLink = notifier.local(find(text, "Wrong category\\? (\\S+)"));

        // Opening the link (as a mail scanner does) records nothing; the page's button does.
        Answer page = notifier.get(notRelevant);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"", "It is not relevant");
        assertThat(notifier.db().count("select count(*) from feedback")).isZero();
        Answer answered = notifier.post(notRelevant, "application/x-www-form-urlencoded", "");
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Thank you");

        // Slack carries the links too; the category page offers every category but the one given.
        String slackBody = slack.delivered("feedback").get(0).body();
        String categoryLink = notifier.local(find(slackBody, "(http://notifier\\.test/feedback/category\\?token=[^|>\"]+)"));
        assertThat(slackBody).contains("/mute/supplier?token=", "/mute/buyer?token=", "/mute/procurement?token=");
        Answer choices = notifier.get(categoryLink);
        assertThat(choices.statusCode()).isEqualTo(200);
        assertThat(choices.body()).contains("We said: Clinical insourcing", "value=\"clinical_outsourcing\"", "value=\"not_relevant\"")
                .doesNotContain("value=\"clinical_insourcing\"");
        Answer invalid = notifier.post(categoryLink, "application/x-www-form-urlencoded", "category=surgery");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("Choose a category");
        assertThat(notifier.post(categoryLink, "application/x-www-form-urlencoded", "category=clinical_outsourcing").statusCode())
                .isEqualTo(200);

        // A link is good for its own purpose only, and a tampered one for nothing.
        String stolenToken = notRelevant.substring(notRelevant.indexOf("token="));
        assertThat(notifier.post("/feedback/category?" + stolenToken, "application/x-www-form-urlencoded", "category=not_relevant")
                .statusCode()).isEqualTo(400);
        assertThat(notifier.post(emailCategoryLink + "x", "application/x-www-form-urlencoded", "category=not_relevant")
                .statusCode()).isEqualTo(400);

        assertThat(notifier.db().strings("select answer || ' ' || given_category || ' ' || chosen_category || ' ' || rules_version"
                + " || ' ' || release_id from feedback order by id")).containsExactly(
                "not_relevant clinical_insourcing not_relevant test " + Fixtures.endoscopyInsourcing().notice().releaseId(),
                "wrong_category clinical_insourcing clinical_outsourcing test " + Fixtures.giPhysiologyAward().notice().releaseId());
        // Answering twice replaces the answer: one per alert.
        assertThat(notifier.post(notRelevant, "application/x-www-form-urlencoded", "").statusCode()).isEqualTo(200);
        assertThat(notifier.db().count("select count(*) from feedback")).isEqualTo(2);

        assertThat(notifier.metrics().body()).contains("tenderwatch_notifier_feedback_total{answer=\"not_relevant\"} 2.0",
                "tenderwatch_notifier_feedback_total{answer=\"wrong_category\"} 1.0");

        assertThat(notifier.get("/admin/feedback").statusCode()).isEqualTo(401);
        Answer listed = notifier.admin("GET", "/admin/feedback", null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"answer\":\"wrong_category\"", "\"chosenCategory\":\"clinical_outsourcing\"",
                "\"ocid\":\"" + Fixtures.giPhysiologyAward().notice().ocid() + "\"", "\"rulesVersion\":\"test\"");
        assertThat(notifier.admin("GET", "/admin/feedback?limit=100000", null).statusCode()).isEqualTo(400);

        assertThat(notifier.get("/admin/feedback/labels.csv").statusCode()).isEqualTo(401);
        Answer csv = notifier.admin("GET", "/admin/feedback/labels.csv", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("file,category,specialties,notes");
        var endoscopy = Fixtures.endoscopyInsourcing().notice();
        assertThat(lines).contains("releases/replay/" + endoscopy.ocid() + "__" + endoscopy.releaseId()
                + ".json,not_relevant,,subscriber feedback: 1 answer; classifier said clinical_insourcing (rules test)");
        assertThat(lines).hasSize(3);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text).isTrue();
        return m.group(1);
    }
}
