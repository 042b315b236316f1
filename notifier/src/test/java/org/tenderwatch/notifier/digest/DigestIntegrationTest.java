package org.tenderwatch.notifier.digest;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Stage;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@NotifierTest
class DigestIntegrationTest {

    private static final String OUTSOURCING = "reconstructed/ocds-h6vhtk-02dd25.json";

    private final Mailbox mailbox;
    private final RunningNotifier notifier;
    private final Publisher publisher;

    DigestIntegrationTest(Mailbox mailbox, RunningNotifier notifier, Publisher publisher) {
        this.mailbox = mailbox;
        this.notifier = notifier;
        this.publisher = publisher;
    }

    @Test
    void sendsOneDigestPerSubscriberPerDayGroupedByCategoryAndNoneWhenNothingMatched() {
        notifier.subscribe("""
                {"name":"Daily clinical","channel":"email","address":"daily@example.org","confirmed":true,"cadence":"daily","digestHour":6,
                 "filter":{"categories":["clinical_insourcing","clinical_outsourcing"]}}""");
        notifier.subscribe("""
                {"name":"Daily too","channel":"email","address":"daily@example.org","confirmed":true,"cadence":"daily","digestHour":9,
                 "filter":{"specialties":["endoscopy"]}}""");
        notifier.subscribe("""
                {"name":"Quiet","channel":"email","address":"quiet@example.org","confirmed":true,"cadence":"daily","digestHour":6,
                 "filter":{"keywords":["dermatology"]}}""");
        var outsourcing = Fixtures.classified(Fixtures.release(OUTSOURCING), Category.CLINICAL_OUTSOURCING,
                List.of("general-surgery", "imaging"), List.of("health-buyer"), Stage.TENDER, 0.8, List.of());
        publisher.publish(Fixtures.endoscopyInsourcing());
        publisher.publish(Fixtures.giPhysiologyAward());
        publisher.publish(outsourcing);
        await().atMost(Duration.ofSeconds(30)).until(() -> notifier.db().count("select count(*) from alert where cadence = 'daily'") == 4);

        DigestScheduler scheduler = notifier.context().getBean(DigestScheduler.class);
        ZonedDateTime morning = ZonedDateTime.of(2026, 11, 23, 5, 0, 0, 0, ZoneId.of("Europe/London"));
        assertThat(scheduler.queueDue(morning)).isZero();
        assertThat(scheduler.queueDue(morning.withHour(6))).isEqualTo(1);
        assertThat(scheduler.queueDue(morning.withHour(7))).isZero();

        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.to("daily@example.org").size() == 1);
        MimeMessage digest = mailbox.to("daily@example.org").get(0);
        assertThat(Mailbox.subject(digest)).isEqualTo("Tender Watch daily digest for 23 November 2026: 3 notices");
        String text = Mailbox.part(digest, 0);
        assertThat(text).contains("== Clinical insourcing ==", "== Clinical outsourcing ==", "Provision of Insourced Endoscopy Services YSTH",
                "Gastrointestinal Physiology Insourcing");
        assertThat(text.indexOf("== Clinical insourcing ==")).isLessThan(text.indexOf("== Clinical outsourcing =="));
        assertThat(Mailbox.header(digest, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mailbox.to("quiet@example.org")).isEmpty();
        assertThat(notifier.db().count("select count(*) from delivery where kind = 'digest'")).isEqualTo(1);

        // A match after the day's digest waits for the next day's: a subscriber gets one digest a day, however late the news.
        publisher.publish(Fixtures.titled(Fixtures.endoscopyInsourcing(), "after-the-digest", "Insourced endoscopy, after the digest"));
        await().atMost(Duration.ofSeconds(30)).until(() -> notifier.db().count(
                "select count(*) from alert where release_id = 'after-the-digest' and cadence = 'daily'") == 2);
        assertThat(scheduler.queueDue(morning.withHour(10))).isZero();
        assertThat(notifier.db().count("select count(*) from delivery where kind = 'digest'")).isEqualTo(1);
        assertThat(scheduler.queueDue(morning.plusDays(1).withHour(6))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.to("daily@example.org").size() == 2);
        MimeMessage next = mailbox.to("daily@example.org").get(1);
        assertThat(Mailbox.subject(next)).isEqualTo("Tender Watch daily digest for 24 November 2026: 1 notice");
        assertThat(Mailbox.part(next, 0)).contains("Insourced endoscopy, after the digest")
                .doesNotContain("Gastrointestinal Physiology Insourcing");
    }
}
