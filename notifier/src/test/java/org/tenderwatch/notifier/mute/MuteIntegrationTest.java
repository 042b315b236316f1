package org.tenderwatch.notifier.mute;

import org.junit.jupiter.api.Test;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.Stage;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.notifier.testing.RunningNotifier;

import org.tenderwatch.testing.Answer;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Mutes from an alert's links and from the manage page, a snooze, each undone; real notices in, real mail out. */
@NotifierTest
class MuteIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void mutedBuyerSupplierAndProcurementAndASnoozeSkipAlertsUntilUndone(Mailbox mailbox, RunningNotifier notifier,
                                                                          Publisher publisher) {
        String to = "watcher@example.org";
        notifier.subscribe("""
                {"name":"Insourcing","channel":"email","address":"%s","confirmed":true,
                 "filter":{"categories":["clinical_insourcing"]}}""".formatted(to));
        NoticeClassified endoscopy = Fixtures.endoscopyInsourcing();
        publisher.publish(endoscopy);
        await().atMost(WAIT).until(() -> mailbox.to(to).size() == 1);
        String text = Mailbox.part(mailbox.to(to).get(0), 0);
        String manage = notifier.local(find(text, "Manage your alerts: (\\S+)"));
        String muteBuyer = notifier.local(find(text, "No more from this buyer: (\\S+)"));
        String muteProcurement = notifier.local(find(text, "No more about this procurement: (\\S+)"));

        // The procurement: its next release is no follow-up, and opening the link alone mutes nothing.
        Answer page = notifier.get(muteProcurement);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Mute this procurement?", endoscopy.notice().ocid());
        assertThat(notifier.db().count("select count(*) from mute")).isZero();
        assertThat(notifier.post(muteProcurement, FORM, "").body()).contains("Muted", "See or undo your mutes");
        publisher.publish(Fixtures.laterRelease(endoscopy, "award-after-mute", Stage.AWARD, endoscopy.notice().awards(), "Awarded"));
        awaitStored(notifier, "award-after-mute");
        assertThat(notifier.db().count("select count(*) from alert where release_id = 'award-after-mute'")).isZero();

        // The buyer: its other procurements are skipped too.
        Answer buyerPage = notifier.get(muteBuyer);
        assertThat(buyerPage.body()).contains("Mute this buyer?", "York and Scarborough Teaching Hospital NHS Foundation Trust");
        assertThat(notifier.post(muteBuyer, FORM, "index=0").statusCode()).isEqualTo(200);
        assertThat(notifier.post(muteBuyer, FORM, "index=7").statusCode()).isEqualTo(400);
        publisher.publish(Fixtures.titled(endoscopy, "same-buyer", "Insourced endoscopy, second round"));
        awaitStored(notifier, "same-buyer");
        assertThat(notifier.db().count("select count(*) from alert where release_id = 'same-buyer'")).isZero();
        await().atMost(WAIT).until(() -> notifier.metrics().body()
                .contains("tenderwatch_notifier_alerts_silenced_total{reason=\"muted\"} 2.0"));

        // A supplier typed on the manage page, in other case and spacing than the notice gives it.
        NoticeClassified gi = Fixtures.giPhysiologyAward();
        String supplier = gi.notice().awards().get(0).suppliers().get(0).name();
        assertThat(notifier.post(manage.replace("/manage?", "/manage/mute?"), FORM,
                "kind=supplier&value=" + java.net.URLEncoder.encode("  " + supplier.toUpperCase() + " ", java.nio.charset.StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(303);
        publisher.publish(gi);
        awaitStored(notifier, gi.notice().releaseId());
        assertThat(notifier.db().count("select count(*) from alert where release_id = ?", gi.notice().releaseId())).isZero();

        // The manage page lists all three; each can be undone.
        Answer managePage = notifier.get(manage);
        assertThat(managePage.body()).contains("York and Scarborough Teaching Hospital NHS Foundation Trust", endoscopy.notice().ocid(),
                supplier.toUpperCase(), "Unmute", "Pause all alerts for");
        String buyerMute = notifier.db().strings("select id from mute where kind = 'buyer'").get(0);
        assertThat(notifier.post(manage.replace("/manage?", "/manage/unmute?") + "&id=" + buyerMute, FORM, "").statusCode()).isEqualTo(303);
        publisher.publish(Fixtures.titled(endoscopy, "after-unmute", "Insourced endoscopy, third round"));
        await().atMost(WAIT).until(() -> mailbox.to(to).size() == 2);
        assertThat(Mailbox.subject(mailbox.to(to).get(1))).contains("third round");

        // A snooze skips everything until it ends or is ended.
        assertThat(notifier.post(manage.replace("/manage?", "/manage/snooze?"), FORM, "days=0").statusCode()).isEqualTo(400);
        assertThat(notifier.post(manage.replace("/manage?", "/manage/snooze?"), FORM, "days=lots").statusCode()).isEqualTo(400);
        assertThat(notifier.post(manage.replace("/manage?", "/manage/snooze?"), FORM, "days=7").statusCode()).isEqualTo(303);
        assertThat(notifier.get(manage).body()).contains("All alerts are snoozed until", "End the snooze");
        publisher.publish(Fixtures.titled(endoscopy, "while-snoozed", "Insourced endoscopy, fourth round"));
        awaitStored(notifier, "while-snoozed");
        assertThat(notifier.db().count("select count(*) from alert where release_id = 'while-snoozed'")).isZero();
        await().atMost(WAIT).until(() -> notifier.metrics().body()
                .contains("tenderwatch_notifier_alerts_silenced_total{reason=\"snoozed\"} 1.0"));
        assertThat(notifier.post(manage.replace("/manage?", "/manage/wake?"), FORM, "").statusCode()).isEqualTo(303);
        publisher.publish(Fixtures.titled(endoscopy, "after-wake", "Insourced endoscopy, fifth round"));
        await().atMost(WAIT).until(() -> mailbox.to(to).size() == 3);

        // Links for one purpose, or from nowhere, change nothing.
        String token = muteBuyer.substring(muteBuyer.indexOf("token="));
        assertThat(notifier.post("/mute/procurement?" + token, FORM, "").statusCode()).isEqualTo(400);
        assertThat(notifier.post("/mute/everything?" + token, FORM, "").statusCode()).isEqualTo(400);
        assertThat(notifier.post(manage.replace("/manage?", "/manage/mute?"), FORM, "kind=region&value=LS").statusCode()).isEqualTo(400);
        assertThat(notifier.post("/manage/snooze?token=forged", FORM, "days=7").statusCode()).isEqualTo(400);
        assertThat(notifier.db().count("select count(*) from snooze")).isZero();
    }

    private static void awaitStored(RunningNotifier notifier, String releaseId) {
        await().atMost(WAIT).until(() -> notifier.db().count("select count(*) from notice where release_id = ?", releaseId) == 1);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text).isTrue();
        return m.group(1);
    }
}
