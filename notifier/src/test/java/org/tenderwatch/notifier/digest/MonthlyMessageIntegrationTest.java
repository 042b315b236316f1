package org.tenderwatch.notifier.digest;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.Reason;
import org.tenderwatch.events.Stage;
import org.tenderwatch.notifier.deliver.Links;
import org.tenderwatch.notifier.testing.FakeSlack;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.RunningNotifier;
import org.tenderwatch.notifier.testing.SettableClock;
import org.tenderwatch.ocds.Sources;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@NotifierTest(slack = true, properties = "test.clock=settable")
class MonthlyMessageIntegrationTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Mailbox mailbox;
    private final FakeSlack slack;
    private final RunningNotifier notifier;
    private final Publisher publisher;

    MonthlyMessageIntegrationTest(Mailbox mailbox, FakeSlack slack, RunningNotifier notifier, Publisher publisher) {
        this.mailbox = mailbox;
        this.slack = slack;
        this.notifier = notifier;
        this.publisher = publisher;
    }

    @Test
    void sendsOneMonthlyMessageWithWhatWasReadPerSourceOnlyToThoseWhoAskedAndOnlyOnce() {
        notifier.subscribe("""
                {"name":"Insourcing","channel":"email","address":"reader@example.org","confirmed":true,"monthlySummary":true,
                 "filter":{"categories":["clinical_insourcing"]}}""");
        notifier.subscribe("""
                {"name":"Facilities","channel":"slack","address":"%s","monthlySummary":true,
                 "filter":{"categories":["nonclinical_outsourcing"]}}""".formatted(slack.webhook("estates")));
        notifier.subscribe("""
                {"name":"Insourcing too","channel":"email","address":"quiet@example.org","confirmed":true,
                 "filter":{"categories":["clinical_insourcing"]}}""");
        NoticeClassified endoscopy = fromSource(Fixtures.ENDOSCOPY_INSOURCING, Sources.FIND_A_TENDER, Category.CLINICAL_INSOURCING);
        NoticeClassified giPhysiology = fromSource(Fixtures.GI_PHYSIOLOGY_AWARD, Sources.FIND_A_TENDER, Category.CLINICAL_INSOURCING);
        List<NoticeClassified> prisonWing = Fixtures.NORWICH_WING.stream()
                .map(path -> fromSource(path, Sources.CONTRACTS_FINDER, Category.NOT_RELEVANT)).toList();
        NoticeClassified facilities = fromSource(Fixtures.SOFT_FM, Sources.CONTRACTS_FINDER, Category.NONCLINICAL_OUTSOURCING);
        // One partition: notices are recorded in the order published, so the last of each source is its latest.
        publisher.publish(endoscopy);
        prisonWing.forEach(publisher::publish);
        publisher.publish(giPhysiology);
        publisher.publish(facilities);
        await().atMost(WAIT).until(() -> notifier.db().count("select count(*) from notice") == 6);
        await().atMost(WAIT).until(() -> mailbox.to("reader@example.org").size() == 2 && slack.delivered("estates").size() == 1
                && mailbox.to("quiet@example.org").size() == 2);
        // One prison-wing release arrived the month before: it is not counted, and the month's count says so.
        notifier.db().update("update notice set received_at = received_at - interval '40 days' where release_id = ?",
                prisonWing.get(0).releaseId());

        YearMonth month = YearMonth.now(UK);
        Instant dueMoment = month.plusMonths(1).atDay(1).atTime(9, 30).atZone(UK).toInstant();
        SettableClock clock = notifier.context().getBean(SettableClock.class);
        MonthlyScheduler scheduler = notifier.context().getBean(MonthlyScheduler.class);
        clock.set(dueMoment.minus(Duration.ofHours(1)));
        assertThat(scheduler.queueDue()).as("before the monthly hour").isZero();
        clock.set(dueMoment);
        assertThat(scheduler.queueDue()).as("the two subscribers who asked").isEqualTo(2);

        await().atMost(WAIT).until(() -> mailbox.to("reader@example.org").size() == 3 && slack.delivered("estates").size() == 2);
        String monthName = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(month);
        MimeMessage monthly = mailbox.to("reader@example.org").get(2);
        assertThat(Mailbox.subject(monthly)).isEqualTo("Tender Watch in " + monthName + ": still working for you");
        String text = Mailbox.part(monthly, 0).replace("\r\n", "\n");
        assertThat(text).contains(
                "Every notice we read in " + monthName + " was matched against your alert: 2 notices matched.",
                "== Find a Tender ==\n2 notices read, 2 matched your alerts\nLatest notice: " + giPhysiology.notice().title(),
                "== Contracts Finder ==\n3 notices read, 0 matched your alerts\nLatest notice: " + facilities.notice().title(),
                "Alert messages sent to you in " + monthName + ": 2 messages.",
                "http://notifier.test/manage?token=");
        assertThat(Mailbox.header(monthly, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        String post = slack.delivered("estates").get(1).body();
        assertThat(post).contains("still working for you", "2 notices read, 0 matched your alerts",
                "3 notices read, 1 matched your alerts", Fixtures.release(Fixtures.SOFT_FM).title(), "turn it off");

        // Asked for nothing, gets nothing but its alerts.
        assertThat(mailbox.to("quiet@example.org")).hasSize(2).allSatisfy(mail -> assertThat(Mailbox.subject(mail))
                .doesNotContain("still working"));
        // Later that day (every check asks again, on every instance) and the next days: nothing more.
        clock.set(dueMoment.plus(Duration.ofHours(3)));
        assertThat(scheduler.queueDue()).as("a second run the same day").isZero();
        clock.set(dueMoment.plus(Duration.ofDays(1)));
        assertThat(scheduler.queueDue()).as("the next day").isZero();
        assertThat(notifier.db().count("select count(*) from delivery where kind = 'monthly'")).isEqualTo(2);
        assertThat(notifier.db().count("select count(*) from delivery where kind = 'monthly' and state = 'sent'")).isEqualTo(2);
    }

    private static NoticeClassified fromSource(String path, String source, Category category) {
        return Fixtures.classified(Fixtures.release(path, source), category, List.of(), List.of("health-buyer"), Stage.TENDER, 0.8,
                List.of(new Reason("category", "title", "", 3, "classified as " + category.label())));
    }
}
