package org.tenderwatch.notifier.deliver;

import org.junit.jupiter.api.Test;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.testing.FakeSlack;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A burst of alerts for one Slack webhook (what a backfill brings) goes out as one capped message, the rest counted
 * and linked to the same search on the tracker, instead of one post a second for as long as it takes. Real Kafka,
 * PostgreSQL and the local Slack receiver; real recorded releases.
 */
@NotifierTest(slack = true, properties = {"notifier.tracker-url=http://tracker.test", "notifier.volume.burst-threshold=5",
        "notifier.volume.digest-cap=4",
        // The burst is all waiting when the first of it is taken: held by the gather window until the test lets it go.
        "notifier.threads.gather-window=1h", "notifier.delivery.workers=1"})
class SlackBurstIntegrationTest {

    private static final int BURST = 12;

    @Test
    void manyWaitingAlertsForOneWebhookGoOutAsOneCappedMessageLinkingTheRest(FakeSlack slack, RunningNotifier notifier,
                                                                             Publisher publisher) {
        notifier.subscribe("""
                {"name":"Everything","channel":"slack","address":"%s","filter":{"categories":["not_relevant"]}}"""
                .formatted(slack.webhook("backfill")));
        notifier.subscribe("""
                {"name":"Quiet","channel":"slack","address":"%s","filter":{"categories":["not_relevant"],"keywords":["Norwich"]}}"""
                .formatted(slack.webhook("quiet")));
        List<NoticeClassified> releases = Fixtures.notRelevantReleases(BURST);
        assertThat(releases).hasSize(BURST);
        releases.forEach(publisher::publish);
        publisher.publish(Fixtures.norwichWing().get(0));
        String waiting = "select count(distinct a.delivery_id) from alert a join subscription s on s.id = a.subscription_id where s.name = ?";
        await().atMost(Duration.ofSeconds(60)).until(() -> notifier.db().count(waiting, "Everything"), equalTo((long) BURST + 1));
        long quiet = notifier.db().count(waiting, "Quiet");
        assertThat(quiet).as("below the threshold").isBetween(1L, 4L);

        notifier.db().update("update delivery set next_attempt_at = now() where state = 'pending'");
        await().atMost(Duration.ofSeconds(30)).until(() -> slack.delivered("backfill").size() == 1 && slack.delivered("quiet").size() == quiet);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> slack.posts("backfill").size() == 1);

        String post = slack.delivered("backfill").get(0).body();
        assertThat(post).contains("Tender Watch: many alerts at once", "*: " + (BURST + 1) + " notices",
                "…and " + (BURST + 1 - 4) + " more for Everything",
                "<http://tracker.test/?category=not_relevant&show=all|see them all on Tender Watch>");
        assertThat(notifier.db().count("select count(*) from delivery where state = 'cancelled' and last_error like 'gathered into delivery %'"))
                .as("the other deliveries of the burst").isEqualTo(BURST);
        assertThat(notifier.db().count(waiting, "Everything")).as("every alert kept, in the one message").isEqualTo(1);
        assertThat(notifier.db().count("select count(*) from alert a join subscription s on s.id = a.subscription_id"
                + " where s.name = 'Everything'")).isEqualTo(BURST + 1);
        assertThat(slack.delivered("quiet")).as("a webhook with few alerts waiting gets them one by one, as usual")
                .allSatisfy(p -> assertThat(p.body()).doesNotContain("many alerts at once"));
    }
}
