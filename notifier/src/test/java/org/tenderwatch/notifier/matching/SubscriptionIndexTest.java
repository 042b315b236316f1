package org.tenderwatch.notifier.matching;

import org.junit.jupiter.api.Test;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.subscriptions.Cadence;
import org.tenderwatch.notifier.subscriptions.Subscription;
import org.tenderwatch.notifier.subscriptions.SubscriptionFilter;
import org.tenderwatch.notifier.testing.Fixtures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionIndexTest {

    private final NoticeClassified endoscopy = Fixtures.withText(Fixtures.endoscopyInsourcing(), "r1",
            "Provision of Insourced Endoscopy Services YSTH", Fixtures.endoscopyInsourcing().notice().description(),
            "York and Scarborough Teaching Hospital NHS Foundation Trust", List.of("UKE21", "YO31 8HE"));

    @Test
    void emptyFilterMatchesAnyRelevantNotice() {
        assertThat(matches(SubscriptionFilter.anything(), endoscopy)).isTrue();
    }

    @Test
    void notRelevantNoticesReachOnlySubscriptionsThatAskForThem() {
        NoticeClassified notRelevant = Fixtures.classified(endoscopy.notice(), Category.NOT_RELEVANT, List.of(), List.of(),
                endoscopy.stage(), 0.9, List.of());
        assertThat(matches(SubscriptionFilter.anything(), notRelevant)).isFalse();
        assertThat(matches(filter(List.of("not_relevant"), List.of(), List.of(), List.of(), List.of(), null), notRelevant)).isTrue();
    }

    @Test
    void possiblyRelevantNoticesAreNotAlertsAndReachOnlySubscriptionsThatAskForNotRelevantToo() {
        NoticeClassified possibly = new NoticeClassified(endoscopy.notice(), Category.CLINICAL_OUTSOURCING, List.of(),
                List.of(), endoscopy.stage(), 0.4, List.of(), "rules", Instant.EPOCH, true, null, List.of());
        assertThat(matches(SubscriptionFilter.anything(), possibly)).isFalse();
        assertThat(matches(filter(List.of("clinical_outsourcing"), List.of(), List.of(), List.of(), List.of(), null), possibly)).isFalse();
        assertThat(matches(filter(List.of("not_relevant"), List.of(), List.of(), List.of(), List.of(), null), possibly)).isTrue();
    }

    @Test
    void everyNonEmptyFieldMustAccept() {
        assertThat(matches(filter(List.of("clinical_insourcing"), List.of("endoscopy"), List.of(), List.of(), List.of(), null), endoscopy)).isTrue();
        assertThat(matches(filter(List.of("clinical_outsourcing"), List.of(), List.of(), List.of(), List.of(), null), endoscopy)).isFalse();
        assertThat(matches(filter(List.of(), List.of("imaging"), List.of(), List.of(), List.of(), null), endoscopy)).isFalse();
        assertThat(matches(filter(List.of(), List.of("Imaging", "ENDOSCOPY"), List.of(), List.of(), List.of(), null), endoscopy)).isTrue();
    }

    @Test
    void regionsMatchByItlPrefixOrPostcodeArea() {
        assertThat(matches(filter(List.of(), List.of(), List.of("UKE"), List.of(), List.of(), null), endoscopy)).isTrue();
        assertThat(matches(filter(List.of(), List.of(), List.of("UKE2"), List.of(), List.of(), null), endoscopy)).isTrue();
        assertThat(matches(filter(List.of(), List.of(), List.of("UKI"), List.of(), List.of(), null), endoscopy)).isFalse();
        assertThat(matches(filter(List.of(), List.of(), List.of("yo"), List.of(), List.of(), null), endoscopy)).isTrue();
        assertThat(matches(filter(List.of(), List.of(), List.of("YO31"), List.of(), List.of(), null), endoscopy)).isTrue();
        assertThat(matches(filter(List.of(), List.of(), List.of("Y"), List.of(), List.of(), null), endoscopy)).isFalse();
    }

    @Test
    void keywordsAreWholeWordsOrPhrasesInTitleAndDescription() {
        assertThat(matches(filter(List.of(), List.of(), List.of(), List.of("insourced endoscopy"), List.of(), null), endoscopy)).isTrue();
        assertThat(matches(filter(List.of(), List.of(), List.of(), List.of("waiting lists"), List.of(), null), endoscopy)).isTrue();
        assertThat(matches(filter(List.of(), List.of(), List.of(), List.of("endo"), List.of(), null), endoscopy)).isFalse();
        assertThat(matches(filter(List.of(), List.of(), List.of(), List.of("radiology", "colonoscopy"), List.of(), null), endoscopy)).isTrue();
    }

    @Test
    void buyersMatchByNameFragmentOrIdentifier() {
        assertThat(matches(filter(List.of(), List.of(), List.of(), List.of(), List.of("york and scarborough"), null), endoscopy)).isTrue();
        assertThat(matches(filter(List.of(), List.of(), List.of(), List.of(), List.of("Leeds"), null), endoscopy)).isFalse();
        NoticeClassified gloucestershire = Fixtures.giPhysiologyAward();
        assertThat(matches(filter(List.of(), List.of(), List.of(), List.of(), List.of("GB-FTS-76446"), null), gloucestershire)).isTrue();
    }

    @Test
    void minimumsNeedAValueAndConfidenceAtLeastAsHigh() {
        SubscriptionFilter sure = new SubscriptionFilter(null, null, null, null, null, null, null, null, 0.9);
        SubscriptionFilter surer = new SubscriptionFilter(null, null, null, null, null, null, null, null, 0.95);
        assertThat(matches(sure, endoscopy)).isTrue();
        assertThat(matches(surer, endoscopy)).isFalse();
        assertThat(endoscopy.notice().tenderValue().amount()).isEqualByComparingTo("2500000");
        assertThat(matches(minValue("2500000"), endoscopy)).isTrue();
        assertThat(matches(minValue("2500000.01"), endoscopy)).isFalse();
        NoticeClassified withoutValue = Fixtures.laterRelease(Fixtures.endoscopyInsourcing(), "r2", endoscopy.stage(), List.of(), "t");
        assertThat(matches(minValue("1"), new NoticeClassified(noValue(withoutValue), withoutValue.category(), withoutValue.specialties(),
                withoutValue.signals(), withoutValue.stage(), 0.9, List.of(), "test", Instant.EPOCH))).isFalse();
    }

    @Test
    void aMinimumValueTestsTheFigureTheAlertShows() {
        var n = endoscopy.notice();
        // Estimated at £2.5m, awarded for £400,000: the alert shows "£400,000 awarded", so a £1m minimum must not match.
        var awarded = new org.tenderwatch.events.NoticeFetched(n.source(), n.ocid(), "r3", n.releaseDate(), List.of("award"),
                n.noticeType(), n.title(), n.description(), n.buyer(), n.parties(),
                List.of(new org.tenderwatch.events.Award("1", "active", null,
                        new org.tenderwatch.events.Money(new BigDecimal("400000"), "GBP"), List.of())),
                n.cpv(), n.tenderValue(), n.procurementMethod(), n.procurementMethodDetails(), n.mainProcurementCategory(),
                n.framework(), n.dynamicPurchasingSystem(), n.tenderDeadline(), n.deliveryRegions(), n.noticeUrl(),
                n.release(), n.fetchedAt());
        NoticeClassified classified = new NoticeClassified(awarded, endoscopy.category(), endoscopy.specialties(),
                endoscopy.signals(), endoscopy.stage(), 0.9, List.of(), "test", Instant.EPOCH);
        assertThat(matches(minValue("1000000"), classified)).isFalse();
        assertThat(matches(minValue("400000"), classified)).isTrue();
    }

    @Test
    void signalsAndStagesFilterToo() {
        assertThat(matches(new SubscriptionFilter(null, null, List.of("psr"), null, null, null, List.of("tender"), null, null), endoscopy)).isTrue();
        assertThat(matches(new SubscriptionFilter(null, null, List.of("private-winner"), null, null, null, null, null, null), endoscopy)).isFalse();
        assertThat(matches(new SubscriptionFilter(null, null, null, null, null, null, List.of("award"), null, null), endoscopy)).isFalse();
    }

    @Test
    void returnsEachMatchingSubscriptionOnce() {
        List<Subscription> subscriptions = List.of(
                subscription(1, SubscriptionFilter.anything()),
                subscription(2, filter(List.of("clinical_outsourcing"), List.of(), List.of(), List.of(), List.of(), null)),
                subscription(3, filter(List.of(), List.of("endoscopy"), List.of("UKE"), List.of("endoscopy"), List.of(), null)));
        List<Match> matches = new SubscriptionIndex(subscriptions).match(MatchableNotice.of(endoscopy));
        assertThat(matches).extracting(Match::subscriptionId).containsExactly(1L, 3L);
    }

    private static SubscriptionFilter minValue(String amount) {
        return new SubscriptionFilter(null, null, null, null, null, null, null, new BigDecimal(amount), null);
    }

    private static org.tenderwatch.events.NoticeFetched noValue(NoticeClassified c) {
        var n = c.notice();
        return new org.tenderwatch.events.NoticeFetched(n.source(), n.ocid(), n.releaseId(), n.releaseDate(), n.tags(),
                n.noticeType(), n.title(), n.description(), n.buyer(), n.parties(), List.of(), n.cpv(), null,
                n.procurementMethod(), n.procurementMethodDetails(), n.mainProcurementCategory(), n.framework(),
                n.dynamicPurchasingSystem(), n.tenderDeadline(), n.deliveryRegions(), n.noticeUrl(), n.release(), n.fetchedAt());
    }

    private static boolean matches(SubscriptionFilter filter, NoticeClassified notice) {
        return !new SubscriptionIndex(List.of(subscription(7, filter))).match(MatchableNotice.of(notice)).isEmpty();
    }

    private static SubscriptionFilter filter(List<String> categories, List<String> specialties, List<String> regions,
                                             List<String> keywords, List<String> buyers, BigDecimal minValue) {
        return new SubscriptionFilter(categories, specialties, null, buyers, regions, keywords, null, minValue, null);
    }

    static Subscription subscription(long id, SubscriptionFilter filter) {
        return new Subscription(id, id * 10, "email", "a@example.org", "s" + id, filter, Cadence.INSTANT, 7, true,
                Instant.EPOCH);
    }
}
