package org.tenderwatch.notifier.deliver;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.testing.FakeSlack;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One thread per procurement, on a real procurement of three releases published within half an hour (Contracts
 * Finder: an award, then two updates of it): the first alert, then one follow-up for both updates that names what
 * happened and the alert it follows, threaded under it by mail clients. Real Kafka, PostgreSQL, SMTP and Slack receiver.
 */
@NotifierTest(slack = true,
        // Longer than the test: the window ends when the test says so (windowPasses), never by the clock.
        properties = "notifier.threads.gather-window=1h")
class ProcurementThreadIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ADDRESS = "prisons-watch@example.org";

    @Test
    void followUpsOfAnAlertedProcurementArriveTogetherSayWhatHappenedAndThreadUnderTheFirstAlert(Mailbox mailbox, FakeSlack slack,
                                                                                              RunningNotifier notifier, Publisher publisher) {
        notifier.subscribe("""
                {"name":"Refurbishments","channel":"email","address":"%s","confirmed":true,
                 "filter":{"categories":["not_relevant"],"keywords":["Refurbishment"]}}""".formatted(ADDRESS));
        notifier.subscribe("""
                {"name":"Refurbishments","channel":"slack","address":"%s",
                 "filter":{"categories":["not_relevant"],"keywords":["Refurbishment"]}}""".formatted(slack.webhook("threads")));
        List<NoticeClassified> releases = Fixtures.norwichWing();
        assertThat(releases).extracting(r -> r.notice().ocid()).containsOnly("ocds-b5fd17-b9541ef8-1235-4765-b44f-d21ae154d761");

        publisher.publish(releases.get(0));
        await().atMost(WAIT).until(() -> notifier.db().count("select count(*) from alert where release_id = ?",
                releases.get(0).notice().releaseId()) == 2);
        assertThat(notifier.db().count("select count(*) from delivery where kind = 'instant' and state = 'pending'"
                + " and next_attempt_at > now() + interval '50 minutes'")).as("held for the gather window").isEqualTo(2);
        windowPasses(notifier);
        await().atMost(WAIT).until(() -> mailbox.to(ADDRESS).size() == 1 && slack.delivered("threads").size() == 1);
        MimeMessage first = mailbox.to(ADDRESS).get(0);
        assertThat(Mailbox.subject(first)).startsWith("[Not relevant] ");
        assertThat(Mailbox.header(first, "In-Reply-To")).isNull();

        publisher.publish(releases.get(1));
        publisher.publish(releases.get(2));
        String later = "select %s from alert where release_id in ('" + releases.get(1).notice().releaseId() + "', '"
                + releases.get(2).notice().releaseId() + "')";
        await().atMost(WAIT).until(() -> notifier.db().count(later.formatted("count(*)")) == 4);
        assertThat(notifier.db().count(later.formatted("count(distinct delivery_id)")))
                .as("both updates wait in one message per subscriber").isEqualTo(2);
        windowPasses(notifier);
        await().atMost(WAIT).until(() -> mailbox.to(ADDRESS).size() == 2 && slack.delivered("threads").size() == 2);

        MimeMessage followUp = mailbox.to(ADDRESS).get(1);
        String title = releases.get(0).notice().title();
        assertThat(Mailbox.subject(followUp)).isEqualTo("Changed · " + title + " (2 notices)");
        String firstId = Mailbox.header(first, "Message-ID");
        assertThat(Mailbox.header(followUp, "In-Reply-To")).isEqualTo(firstId);
        assertThat(Mailbox.header(followUp, "References")).isEqualTo(firstId);
        List<String> lines = Mailbox.part(followUp, 0).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Changed");
        assertThat(lines.get(1)).startsWith("This follows our alert of ").endsWith(": " + title);
        assertThat(lines.subList(2, 5)).containsExactly("What happened, in the order it was published:",
                "- Changed (19 October 2022)", "- Changed (19 October 2022)");
        assertThat(Mailbox.part(followUp, 1)).contains("This follows our alert of ");

        String slackFollowUp = slack.delivered("threads").get(1).body();
        assertThat(slackFollowUp).contains("*Changed*", "Follows our alert of ", "What happened");
        assertThat(slack.delivered("threads").get(0).body()).doesNotContain("Follows our alert of");
    }

    /** What the gather window's end does: the waiting messages become due. */
    private static void windowPasses(RunningNotifier notifier) {
        notifier.db().update("update delivery set next_attempt_at = now() where state = 'pending' and kind = 'instant'");
    }
}
