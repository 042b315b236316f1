package org.tenderwatch.notifier.digest;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Weekly digests on their weekday, and a cap on what one digest lists, the rest linked as the same search on the tracker. */
@NotifierTest(properties = {"notifier.digest.weekly-day=WEDNESDAY", "notifier.volume.digest-cap=2",
        "notifier.tracker-url=http://tracker.test"})
class WeeklyDigestIntegrationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aWeeklyDigestGoesOutOnItsDayListingNoMoreThanTheCapAndLinksTheRestToTheSameSearch(Mailbox mailbox, RunningNotifier notifier,
                                                                                             Publisher publisher) {
        notifier.subscribe("""
                {"name":"Refurbishments weekly","channel":"email","address":"weekly@example.org","confirmed":true,"cadence":"weekly",
                 "digestHour":8,"filter":{"categories":["not_relevant"],"keywords":["Refurbishment"]}}""");
        notifier.subscribe("""
                {"name":"Refurbishments daily","channel":"email","address":"daily-too@example.org","confirmed":true,"cadence":"daily",
                 "digestHour":8,"filter":{"categories":["not_relevant"],"keywords":["Refurbishment"]}}""");
        for (NoticeClassified release : Fixtures.norwichWing()) {
            publisher.publish(release);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> notifier.db().count("select count(*) from alert") == 6);

        DigestScheduler scheduler = notifier.context().getBean(DigestScheduler.class);
        ZonedDateTime tuesday = ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, LONDON);
        assertThat(scheduler.queueDue(tuesday)).as("the daily digest only").isEqualTo(1);
        ZonedDateTime wednesday = tuesday.plusDays(1);
        assertThat(scheduler.queueDue(wednesday.withHour(7))).as("before the digest hour").isZero();
        assertThat(scheduler.queueDue(wednesday.withHour(8))).as("the weekly digest").isEqualTo(1);
        assertThat(scheduler.queueDue(wednesday.withHour(9))).isZero();

        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.to("weekly@example.org").size() == 1
                && mailbox.to("daily-too@example.org").size() == 1);
        MimeMessage weekly = mailbox.to("weekly@example.org").get(0);
        assertThat(Mailbox.subject(weekly)).isEqualTo("Tender Watch weekly digest for 25 November 2026: 3 notices");
        String text = Mailbox.part(weekly, 0);
        assertThat(text.split("\\* ", -1)).as("two notices listed").hasSize(3);
        assertThat(text).contains("…and 1 more for Refurbishments weekly: "
                + "http://tracker.test/?q=Refurbishment&category=not_relevant&show=all&from=2026-11-18&to=2026-11-25");
        assertThat(Mailbox.part(weekly, 1)).contains("…and 1 more for Refurbishments weekly: <a href=\"http://tracker.test/?q&#x3D;Refurbishment",
                "from&#x3D;2026-11-18&amp;to&#x3D;2026-11-25\">see them all on Tender Watch</a>");
        MimeMessage daily = mailbox.to("daily-too@example.org").get(0);
        assertThat(Mailbox.subject(daily)).isEqualTo("Tender Watch daily digest for 24 November 2026: 3 notices");
        assertThat(Mailbox.part(daily, 0)).contains("…and 1 more for Refurbishments daily: "
                + "http://tracker.test/?q=Refurbishment&category=not_relevant&show=all&from=2026-11-23&to=2026-11-24");
    }
}
