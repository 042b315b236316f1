package org.tenderwatch.classifier.procurement;

import org.junit.jupiter.api.Test;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Cpv;
import org.tenderwatch.events.Money;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProcurementFoldTest {

    private final NoticeFetched tender = SharedData.notice("releases/reconstructed/ocds-h6vhtk-05a419.json");
    private final OffsetDateTime day = OffsetDateTime.parse("2025-06-02T09:00:00Z");

    @Test
    void theViewCompletesAReleaseWithWhatEarlierReleasesSaid() {
        NoticeFetched award = Releases.thinAward(tender, "Contract award YSTH", List.of(), day.plusDays(90));
        ProcurementState known = ProcurementFold.fold(ProcurementFold.fold(null, tender), award);

        NoticeFetched view = ProcurementFold.view(known, award);

        assertThat(view.title()).isEqualTo("Contract award YSTH | " + tender.title().strip());
        assertThat(view.description()).isEqualTo(tender.description().strip());
        assertThat(view.buyer()).isEqualTo(tender.buyer());
        assertThat(view.cpv()).isEqualTo(tender.cpv());
        assertThat(view.releaseId()).isEqualTo(award.releaseId());
        assertThat(view.tags()).containsExactly("award");
        assertThat(view.lifecycle()).isEqualTo(award.lifecycle());
        assertThat(view.release()).isEqualTo(award.release());
    }

    @Test
    void aDescriptionRepeatedOrExtendedIsKeptOnce() {
        String extended = tender.description() + "\n\nThis contract was awarded under the Provider Selection Regime.";
        ProcurementState known = ProcurementFold.fold(null, tender);
        known = ProcurementFold.fold(known, variant(tender, "2", day, "t", tender.description(), List.of(), List.of()));
        known = ProcurementFold.fold(known, variant(tender, "3", day, "t", extended, List.of(), List.of()));

        assertThat(known.descriptions()).containsExactly(extended.strip());
        assertThat(known.releases()).isEqualTo(3);
    }

    @Test
    void anOlderReleaseFillsGapsButDoesNotOverwriteNewerValues() {
        Organisation newerBuyer = new Organisation(null, "NHS Humber and North Yorkshire ICB", null, null, List.of("buyer"));
        NoticeFetched newer = variant(tender, "newer", day.plusDays(30), tender.title(), null, List.of(), List.of());
        newer = withBuyerAndValue(newer, newerBuyer, null);
        NoticeFetched older = withBuyerAndValue(variant(tender, "older", day, tender.title(), null, List.of(), List.of()),
                tender.buyer(), new Money(new BigDecimal("1200000"), "GBP"));

        ProcurementState known = ProcurementFold.fold(ProcurementFold.fold(null, newer), older);

        assertThat(known.buyer()).isEqualTo(newerBuyer);
        assertThat(known.tenderValue()).isEqualTo(new Money(new BigDecimal("1200000"), "GBP"));
        assertThat(known.latestReleaseDate()).isEqualTo(day.plusDays(30));
    }

    @Test
    void aProcurementWithThousandsOfReleasesStaysBounded() {
        ProcurementState known = null;
        for (int i = 0; i < 5_000; i++) {
            Organisation party = new Organisation("p" + i, "Provider " + i + " Ltd", "GB-COH", "0" + i, List.of("supplier", "tenderer"));
            NoticeFetched release = variant(tender, "release-" + i, day.plusMinutes(i), "Title " + i,
                    "Description " + i + " " + "x".repeat(2_000), List.of(party),
                    List.of(new Award("award-" + i, "active", null, null, List.of(party))));
            release = new NoticeFetched(release.source(), release.ocid(), release.releaseId(), release.releaseDate(),
                    release.tags(), release.noticeType(), release.title(), release.description(), release.buyer(),
                    release.parties(), release.awards(), List.of(new Cpv(String.format("%08d", i), "code " + i, false)),
                    release.tenderValue(), release.procurementMethod(), "method " + i, release.mainProcurementCategory(),
                    false, false, null, List.of("UK" + i), release.noticeUrl(), release.release(), release.fetchedAt(),
                    release.lifecycle(), release.regime(), null, List.of(party), false, List.of());
            known = ProcurementFold.fold(known, release);
        }

        assertThat(known.releases()).isEqualTo(5_000);
        assertThat(known.titles()).hasSize(Bounds.TITLES).startsWith("Title 0");
        assertThat(known.descriptions()).hasSizeLessThanOrEqualTo(Bounds.DESCRIPTIONS);
        assertThat(known.descriptions().stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(Bounds.DESCRIPTION_CHARS);
        assertThat(known.parties()).hasSize(Bounds.ORGANISATIONS);
        assertThat(known.tenderers()).hasSize(Bounds.ORGANISATIONS);
        assertThat(known.awards()).hasSize(Bounds.AWARDS);
        assertThat(known.cpv()).hasSize(Bounds.CPV);
        assertThat(known.procurementMethodDetails()).hasSize(Bounds.SHORT_TEXTS);
        assertThat(known.deliveryRegions()).hasSize(Bounds.REGIONS);
        assertThat(known.recentReleaseIds()).hasSize(Bounds.RECENT_RELEASE_IDS).endsWith("release-4999");
    }

    @Test
    void aHugeTextIsCut() {
        NoticeFetched release = variant(tender, "huge", day, "t".repeat(100_000), "d".repeat(1_000_000), List.of(), List.of());
        ProcurementState known = ProcurementFold.fold(null, release);

        assertThat(known.titles().get(0)).hasSize(Bounds.TITLE_CHARS);
        assertThat(known.descriptions().get(0)).hasSize(Bounds.DESCRIPTION_CHARS);
    }

    private static NoticeFetched variant(NoticeFetched release, String id, OffsetDateTime date, String title,
                                         String description, List<Organisation> parties, List<Award> awards) {
        return Releases.variant(release, id, date, title, description, release.buyer(), parties, awards, release.cpv());
    }

    private static NoticeFetched withBuyerAndValue(NoticeFetched r, Organisation buyer, Money value) {
        return new NoticeFetched(r.source(), r.ocid(), r.releaseId(), r.releaseDate(), r.tags(), r.noticeType(),
                r.title(), r.description(), buyer, r.parties(), r.awards(), r.cpv(), value, r.procurementMethod(),
                r.procurementMethodDetails(), r.mainProcurementCategory(), r.framework(), r.dynamicPurchasingSystem(),
                r.tenderDeadline(), r.deliveryRegions(), r.noticeUrl(), r.release(), r.fetchedAt(), r.lifecycle(),
                r.regime(), r.standstillEnd(), r.tenderers(), r.testNotice(), r.related());
    }
}
