package org.tenderwatch.notifier.deliver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Money;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;
import org.tenderwatch.events.Stage;
import org.tenderwatch.notifier.testing.Fixtures;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeSummaryTest {

    @Test
    void theOfficialLinkIsTheNoticePageTheOcdsModuleBuiltFromItsIdentifiers() {
        NoticeFetched contractsFinder = Fixtures.release(Fixtures.SOFT_FM);
        assertThat(contractsFinder.noticeUrl()).isEqualTo("https://www.contractsfinder.service.gov.uk/Notice/dbd44b7a-8af7-40d6-86bd-664031f94a04");
        assertThat(NoticeSummary.of(new AlertItem(Fixtures.softFacilitiesManagement(), "a", false)).url()).isEqualTo(contractsFinder.noticeUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.find-tender.service.gov.uk/Notice/032703-2026",
            "https://www.contractsfinder.service.gov.uk/Notice/dbd44b7a-8af7-40d6-86bd-664031f94a04",
            "https://www.publiccontractsscotland.gov.uk/search/show/search_view.aspx?ID=APR352629",
            "https://www.sell2wales.gov.wales/Search/Search_Switch.aspx?ID=569951"})
    void noticePagesOfKnownPortalsAreLinked(String url) {
        assertThat(NoticeSummary.of(new AlertItem(withNoticeUrl(url), "a", false)).url()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "https://evil.example/Notice/032703-2026",
            "http://www.find-tender.service.gov.uk/Notice/032703-2026",
            "https://www.find-tender.service.gov.uk.evil.example/Notice/032703-2026",
            "https://www.find-tender.service.gov.uk/Notice/032703-2026/../../../evil",
            "https://www.find-tender.service.gov.uk/Notice/032703-2026?next=https://evil.example",
            "https://user@www.find-tender.service.gov.uk/Notice/032703-2026",
            "https://www.find-tender.service.gov.uk/api/1.0/ocdsRecordPackages/ocds-h6vhtk-05a419",
            "https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=APR352629&x=<script>"})
    void anyOtherLinkGivesNoLinkAtAll(String url) {
        assertThat(NoticeSummary.of(new AlertItem(withNoticeUrl(url), "a", false)).url()).isNull();
    }

    @Test
    void showsWhatWasAwardedWhenThereIsNoEstimateAndSaysWhatHappenedInAnUpdate() {
        var award = Fixtures.laterRelease(Fixtures.giPhysiologyAward(), "award-2", Stage.AWARD, List.of(new Award("1", "active", null,
                new Money(new BigDecimal("2600000"), "GBP"), List.of(new Organisation(null, "Alimentary Innervations t/a The Functional Gut Clinic",
                null, null, List.of("supplier"))))), "Gastrointestinal Physiology Insourcing");
        NoticeSummary summary = NoticeSummary.of(new AlertItem(award, "GI", true));
        assertThat(summary.value()).isEqualTo("£2,600,000 awarded");
        assertThat(summary.update()).isEqualTo("Awarded to Alimentary Innervations t/a The Functional Gut Clinic for £2,600,000");
    }

    @Test
    void aNoticeWithoutABuyerIsHeadedByItsTitleAlone() {
        var n = Fixtures.endoscopyInsourcing();
        NoticeFetched f = n.notice();
        NoticeFetched withoutBuyer = new NoticeFetched(f.source(), f.ocid(), f.releaseId(), f.releaseDate(), f.tags(), f.noticeType(),
                f.title(), f.description(), null, f.parties(), f.awards(), f.cpv(), f.tenderValue(), f.procurementMethod(),
                f.procurementMethodDetails(), f.mainProcurementCategory(), f.framework(), f.dynamicPurchasingSystem(),
                f.tenderDeadline(), f.deliveryRegions(), f.noticeUrl(), f.release(), f.fetchedAt());
        NoticeSummary summary = NoticeSummary.of(new AlertItem(Fixtures.classified(withoutBuyer, n.category(), n.specialties(),
                n.signals(), n.stage(), n.confidence(), n.reasons()), "a", false));

        assertThat(summary.buyer()).isEqualTo("not published");
        assertThat(summary.buyerAndTitle()).isEqualTo(f.title());
        assertThat(NoticeSummary.of(new AlertItem(n, "a", false)).buyerAndTitle()).isEqualTo(f.buyer().name() + ": " + f.title());
    }

    private static org.tenderwatch.events.NoticeClassified withNoticeUrl(String url) {
        var n = Fixtures.endoscopyInsourcing();
        NoticeFetched f = Fixtures.withText(n, "linked", "t", "", "b", List.of()).notice();
        NoticeFetched linked = new NoticeFetched(f.source(), f.ocid(), f.releaseId(), f.releaseDate(), f.tags(), f.noticeType(), f.title(),
                f.description(), f.buyer(), f.parties(), f.awards(), f.cpv(), f.tenderValue(), f.procurementMethod(),
                f.procurementMethodDetails(), f.mainProcurementCategory(), f.framework(), f.dynamicPurchasingSystem(), f.tenderDeadline(),
                f.deliveryRegions(), url, f.release(), f.fetchedAt());
        return Fixtures.classified(linked, n.category(), n.specialties(), n.signals(), n.stage(), n.confidence(), n.reasons());
    }
}
