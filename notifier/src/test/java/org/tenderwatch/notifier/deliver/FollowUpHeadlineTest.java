package org.tenderwatch.notifier.deliver;

import org.junit.jupiter.api.Test;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Lifecycle;
import org.tenderwatch.events.Money;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Stage;
import org.tenderwatch.notifier.testing.Fixtures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What follow-ups say happened, on real recorded releases. */
class FollowUpHeadlineTest {

    private static final LocalDate SOME_DAY = LocalDate.of(2026, 3, 10);

    @Test
    void anIntentionToAwardNamesTheProviderAndTheWorkingDaysLeftToMakeRepresentations() {
        NoticeClassified intention = Fixtures.classified(Fixtures.release(Fixtures.OUTPATIENT_INTENTION), Category.CLINICAL_INSOURCING,
                List.of("other"), List.of("health-buyer", "psr"), Stage.AWARD, 0.9, List.of());
        assertThat(intention.notice().lifecycle()).isEqualTo(Lifecycle.PROVIDER_SELECTED);
        assertThat(intention.notice().standstillEnd()).isEqualTo(LocalDate.of(2026, 3, 18));

        // Tuesday 10 March to Wednesday 18 March, both counted, less the weekend: 7 working days.
        assertThat(FollowUpHeadline.of(intention, null, SOME_DAY))
                .isEqualTo("Provider selected: Your Medical Services Limited — 7 working days left to make representations");
        assertThat(FollowUpHeadline.of(intention, null, LocalDate.of(2026, 3, 18)))
                .endsWith("— 1 working day left to make representations");
        assertThat(FollowUpHeadline.of(intention, null, LocalDate.of(2026, 3, 19)))
                .isEqualTo("Provider selected: Your Medical Services Limited — standstill ended 18 March 2026");
    }

    @Test
    void anAwardIsAContractSignedWithItsSupplierAndValueAndAnUpdateOfItSaysWhatChanged() {
        List<NoticeClassified> releases = Fixtures.norwichWing();
        NoticeClassified award = releases.get(0);
        NoticeClassified update = releases.get(1);
        assertThat(FollowUpHeadline.of(award, null, SOME_DAY)).isEqualTo("Contract signed: Vinci Construction UK LTD £22.7m");
        // The real update republished the award unchanged: it says no more than that the notice changed.
        assertThat(FollowUpHeadline.of(update, award, SOME_DAY)).isEqualTo("Changed");

        NoticeClassified dearer = withAwardValue(update, "27219005.93");
        assertThat(FollowUpHeadline.of(dearer, award, SOME_DAY)).isEqualTo("Changed: value up 20% to £27.2m");
        NoticeClassified cheaper = withAwardValue(update, "22000000");
        assertThat(FollowUpHeadline.of(cheaper, award, SOME_DAY)).isEqualTo("Changed: value down 3% to £22m");
    }

    @Test
    void aCancellationSaysSoAndAChangedClassificationIsNamed() {
        NoticeClassified award = Fixtures.norwichWing().get(0);
        NoticeFetched n = award.notice();
        NoticeClassified reclassified = new NoticeClassified(n, Category.NONCLINICAL_OUTSOURCING, List.of(), List.of(), award.stage(),
                0.8, List.of(), "test", award.classifiedAt(), false, Category.NOT_RELEVANT,
                List.of("category: not relevant → non-clinical outsourcing"));
        assertThat(FollowUpHeadline.of(reclassified, null, SOME_DAY))
                .isEqualTo("Contract signed: Vinci Construction UK LTD £22.7m; classification changed: Not relevant → Non-clinical outsourcing");

        NoticeClassified cancelled = Fixtures.laterRelease(award, "cancel-1", Stage.CANCELLATION, n.awards(), n.title());
        NoticeClassified cancelledWithEvent = withLifecycle(cancelled, Lifecycle.CANCELLED);
        assertThat(FollowUpHeadline.of(cancelledWithEvent, award, SOME_DAY)).isEqualTo("Cancelled");
    }

    @Test
    void amountsAreShortInASubjectLine() {
        assertThat(Amounts.compact(new Money(new BigDecimal("1250000"), "GBP"))).isEqualTo("£1.3m");
        assertThat(Amounts.compact(new Money(new BigDecimal("1200000"), null))).isEqualTo("£1.2m");
        assertThat(Amounts.compact(new Money(new BigDecimal("850000"), "GBP"))).isEqualTo("£850k");
        assertThat(Amounts.compact(new Money(new BigDecimal("3400000000"), "GBP"))).isEqualTo("£3.4bn");
        assertThat(Amounts.compact(new Money(new BigDecimal("950"), "GBP"))).isEqualTo("£950");
    }

    private static NoticeClassified withAwardValue(NoticeClassified c, String amount) {
        NoticeFetched n = c.notice();
        Award first = n.awards().get(0);
        List<Award> awards = List.of(new Award(first.id(), first.status(), first.date(), new Money(new BigDecimal(amount), "GBP"),
                first.suppliers()));
        return withNotice(c, copy(n, awards, null, n.lifecycle()));
    }

    private static NoticeClassified withLifecycle(NoticeClassified c, Lifecycle lifecycle) {
        return withNotice(c, copy(c.notice(), c.notice().awards(), c.notice().tenderValue(), lifecycle));
    }

    private static NoticeFetched copy(NoticeFetched n, List<Award> awards, Money tenderValue, Lifecycle lifecycle) {
        return new NoticeFetched(n.source(), n.ocid(), n.releaseId(), n.releaseDate(), n.tags(), n.noticeType(), n.title(),
                n.description(), n.buyer(), n.parties(), awards, n.cpv(), tenderValue, n.procurementMethod(),
                n.procurementMethodDetails(), n.mainProcurementCategory(), n.framework(), n.dynamicPurchasingSystem(),
                n.tenderDeadline(), n.deliveryRegions(), n.noticeUrl(), n.release(), n.fetchedAt(), lifecycle, n.regime(),
                n.standstillEnd(), n.tenderers(), n.testNotice(), n.related());
    }

    private static NoticeClassified withNotice(NoticeClassified c, NoticeFetched n) {
        return new NoticeClassified(n, c.category(), c.specialties(), c.signals(), c.stage(), c.confidence(), c.reasons(),
                c.rulesVersion(), c.classifiedAt(), c.possiblyRelevant(), c.previousCategory(), c.changes());
    }
}
