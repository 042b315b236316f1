package org.tenderwatch.tracker.intake;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.tracker.record.Evidence;
import org.tenderwatch.tracker.testing.Fixtures;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.tracker.testing.RunningTracker;
import org.tenderwatch.tracker.testing.TrackerTest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeIntegrationTest {

    private RunningTracker tracker;
    private Publisher publisher;

    @BeforeAll
    void start(RunningTracker tracker, Publisher publisher) {
        this.tracker = tracker;
        this.publisher = publisher;
    }


    @Test
    void keepsEachReleaseAsPublishedWithItsHashAndBuildsOneProcurementFromBoth() {
        NoticeClassified tender = Fixtures.labelled(Fixtures.FUNERAL_TENDER);
        NoticeClassified amendment = Fixtures.labelled(Fixtures.FUNERAL_AMENDMENT);
        // The amendment first: a procurement is rebuilt from its releases in date order, whatever order they come in.
        publisher.publish(amendment);
        publisher.publish(tender);

        String ocid = tender.notice().ocid();
        await().atMost(Duration.ofSeconds(30)).until(() -> tracker.db().count("select count(*) from release where ocid = ?", ocid) == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> tracker.db().count(
                "select release_count from procurement where ocid = ?", ocid) == 2);

        assertThat(tracker.db().strings("select original from release where release_id = ?", tender.notice().releaseId()))
                .containsExactly(tender.notice().release());
        assertThat(tracker.db().strings("select sha256 from release where release_id = ?", tender.notice().releaseId()))
                .containsExactly(Evidence.sha256(tender.notice().release()));
        assertThat(tracker.db().strings("select jsonb_exists(payload::jsonb->'notice', 'release')::text || ':'"
                + " || (payload::jsonb->'notice'->>'title') from release where release_id = ?", tender.notice().releaseId()))
                .as("the published release is kept once, in original, not again in the classified notice")
                .containsExactly("false:" + tender.notice().title());
        assertThat(tracker.db().strings("select stage from procurement where ocid = ?", ocid)).containsExactly("amendment");
        assertThat(tracker.db().strings("select category from procurement where ocid = ?", ocid)).containsExactly("nonclinical_outsourcing");
        assertThat(tracker.db().strings("select value_amount::bigint from procurement where ocid = ?", ocid)).containsExactly("251052");
        assertThat(tracker.db().strings("select buyer_key from procurement where ocid = ?", ocid))
                .containsExactly("bradford-teaching-hospitals-nhs-foundation-trust");
    }

    @Test
    void aRedeliveredReleaseChangesNothingAndALaterOneAddsItsSupplier() {
        NoticeClassified tender = Fixtures.labelled(Fixtures.ENDOSCOPY_INSOURCING);
        String ocid = tender.notice().ocid();
        publisher.publish(tender);
        publisher.publish(tender);
        NoticeClassified award = Fixtures.awarded(tender, "award-of-" + ocid, tender.notice().fetchedAt().plusSeconds(86_400),
                "Acme Endoscopy Services Limited", "01234567", new BigDecimal("1200000"), LocalDate.parse("2026-05-12"));
        publisher.publish(award);
        publisher.publish(award);

        await().atMost(Duration.ofSeconds(30)).until(() -> tracker.db().count(
                "select count(*) from procurement_supplier where ocid = ?", ocid) == 1);
        assertThat(tracker.db().count("select count(*) from release where ocid = ?", ocid)).isEqualTo(2);
        assertThat(tracker.db().count("select count(*) from classification c join release r using (release_id) where r.ocid = ?", ocid))
                .isEqualTo(2);
        assertThat(tracker.db().strings("select o.name || ' ' || o.companies_house from procurement_supplier s join organisation o on o.key = s.supplier_key where s.ocid = ?", ocid))
                .containsExactly("Acme Endoscopy Services Limited 01234567");
        assertThat(tracker.db().strings("select lifecycle || ' ' || value_amount::bigint || ' ' || standstill_end from procurement where ocid = ?", ocid))
                .containsExactly("provider_selected 1200000 2026-05-12");
    }

    @Test
    void aReclassifiedReleaseKeepsBothClassificationsAndShowsTheNewerOne() {
        NoticeClassified first = Fixtures.labelled(Fixtures.SOFT_FM);
        NoticeClassified again = new NoticeClassified(first.notice(), first.category(), first.specialties(), first.signals(),
                first.stage(), 0.55, first.reasons(), "rules-2", first.classifiedAt().plusSeconds(60), true, null, java.util.List.of());
        publisher.publish(first);
        publisher.publish(again);
        publisher.publish(first);

        String ocid = first.notice().ocid();
        await().atMost(Duration.ofSeconds(30)).until(() -> tracker.db().count(
                "select count(*) from classification c join release r using (release_id) where r.ocid = ?", ocid) == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> tracker.db().strings(
                "select possibly_relevant from procurement where ocid = ?", ocid).equals(java.util.List.of("t")));
    }

    @Test
    void anUnreadableRecordIsKeptAsADeadLetterAndTheNextOneStillArrives() {
        publisher.send("ocds-broken", "{\"notice\": \"not a notice\"");
        NoticeClassified after = Fixtures.labelled(Fixtures.GI_PHYSIOLOGY_AWARD);
        publisher.publish(after);

        await().atMost(Duration.ofSeconds(30)).until(() -> tracker.db().count(
                "select count(*) from procurement where ocid = ?", after.notice().ocid()) == 1);
        assertThat(tracker.db().strings("select payload from dead_letter where record_key = 'ocds-broken'"))
                .containsExactly("{\"notice\": \"not a notice\"");
        assertThat(tracker.metrics().body()).contains("tenderwatch_tracker_notices_dead_lettered_total 1.0");
    }

    @Test
    void aPollWithOnePoisonedReleaseRecordsEveryGoodOneOnceAndDeadLettersTheBadOne() {
        List<NoticeClassified> good = List.of(Fixtures.labelled(Fixtures.FUNERAL_TENDER), Fixtures.labelled(Fixtures.SOFT_FM),
                Fixtures.labelled(Fixtures.ENDOSCOPY_INSOURCING), Fixtures.labelled(Fixtures.GI_PHYSIOLOGY_AWARD));
        List<NoticeClassified> poll = good.stream().map(notice -> renamed(notice, "poll-" + notice.notice().ocid(), null)).toList();
        // PostgreSQL cannot keep a NUL in text: the release's evidence cannot be stored, however often it is tried.
        NoticeClassified poisoned = renamed(good.get(0), "poll-poisoned", good.get(0).notice().release() + "\u0000");
        publisher.publish(poll.get(0));
        publisher.publish(poll.get(1));
        publisher.publish(poisoned);
        publisher.publish(poll.get(2));
        publisher.publish(poll.get(3));

        await().atMost(Duration.ofSeconds(90)).until(() -> tracker.db().count(
                "select count(*) from dead_letter where record_key = 'poll-poisoned'") == 1);
        for (NoticeClassified notice : poll) {
            await().atMost(Duration.ofSeconds(30)).until(() -> tracker.db().count(
                    "select count(*) from procurement where ocid = ?", notice.notice().ocid()) == 1);
            assertThat(tracker.db().count("select count(*) from release where ocid = ?", notice.notice().ocid())).isEqualTo(1);
            assertThat(tracker.db().count("select count(*) from classification c join release r using (release_id) where r.ocid = ?",
                    notice.notice().ocid())).isEqualTo(1);
        }
        assertThat(tracker.db().count("select count(*) from release where ocid = 'poll-poisoned'")).isZero();
        assertThat(tracker.db().strings("select error from dead_letter where record_key = 'poll-poisoned'"))
                .singleElement().asString().startsWith("gave up after retries");
    }

    /** The notice as another procurement (its own OCID and release id), and with another published release if given. */
    private static NoticeClassified renamed(NoticeClassified notice, String ocid, String release) {
        NoticeFetched n = notice.notice();
        NoticeFetched fetched = new NoticeFetched(n.source(), ocid, ocid + "-1", n.releaseDate(), n.tags(), n.noticeType(),
                n.title(), n.description(), n.buyer(), n.parties(), n.awards(), n.cpv(), n.tenderValue(), n.procurementMethod(),
                n.procurementMethodDetails(), n.mainProcurementCategory(), n.framework(), n.dynamicPurchasingSystem(),
                n.tenderDeadline(), n.deliveryRegions(), n.noticeUrl(), release == null ? n.release() : release, n.fetchedAt(),
                n.lifecycle(), n.regime(), n.standstillEnd(), n.tenderers(), n.testNotice(), n.related());
        return new NoticeClassified(fetched, notice.category(), notice.specialties(), notice.signals(), notice.stage(),
                notice.confidence(), notice.reasons(), notice.rulesVersion(), notice.classifiedAt(), notice.possiblyRelevant(),
                notice.previousCategory(), notice.changes());
    }
}
