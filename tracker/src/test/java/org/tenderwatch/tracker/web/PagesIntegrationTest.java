package org.tenderwatch.tracker.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.tracker.record.Evidence;
import org.tenderwatch.tracker.testing.Fixtures;
import org.tenderwatch.tracker.testing.Html;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.tracker.testing.Recorded;
import org.tenderwatch.tracker.testing.RunningTracker;

import java.math.BigDecimal;
import java.net.URLEncoder;
import org.tenderwatch.tracker.testing.TrackerTest;
import org.tenderwatch.testing.Answer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The search and procurement pages over real recorded notices, through real HTTP. */
@TrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesIntegrationTest {

    private static final String NOT_RELEVANT = "contracts-finder/ocds-b5fd17-04448330-49ca-432b-96b7-b9cfbed6d27b__c80defc1-9081-4b74-a5b1-d85535d22a12-582109.json";

    private RunningTracker tracker;
    private NoticeClassified funeral;
    private NoticeClassified endoscopyAward;

    @BeforeAll
    void start(RunningTracker tracker, Publisher publisher) {
        this.tracker = tracker;
        funeral = Fixtures.labelled(Fixtures.FUNERAL_TENDER);
        NoticeClassified endoscopy = Fixtures.labelled(Fixtures.ENDOSCOPY_INSOURCING);
        LocalDate inAWeek = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7);
        endoscopyAward = Fixtures.awarded(endoscopy, "award-of-endoscopy", endoscopy.notice().fetchedAt().plusSeconds(86_400),
                "Acme Endoscopy Services Limited", "01234567", new BigDecimal("1200000"), inAWeek);
        List<NoticeClassified> notices = new ArrayList<>(List.of(funeral, Fixtures.labelled(Fixtures.FUNERAL_AMENDMENT),
                endoscopy, endoscopyAward, Fixtures.labelled(Fixtures.SOFT_FM), Fixtures.labelled(Fixtures.GI_PHYSIOLOGY_AWARD)));
        for (String file : Fixtures.labels().keySet()) {
            if (Fixtures.labels().get(file)[0].equals("not_relevant")) {
                notices.add(Fixtures.labelled(file.substring("releases/".length())));
                break;
            }
        }
        notices.add(hostile(Fixtures.labelled(Fixtures.SOFT_FM)));
        Recorded.all(tracker, publisher, notices);
    }


    @Test
    void theFrontPageListsRelevantProcurementsNewestFirstAndNotTheOthers() {
        Answer page = tracker.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(page.body()).contains("BTH579 Funeral Services").contains("Bradford Teaching Hospitals NHS Foundation Trust")
                .contains("Acme Endoscopy Services Limited").contains("5 procurements").doesNotContain("Not relevant");
        assertThat(tracker.get("/?show=all").body()).contains("6 procurements").contains("Not relevant");
    }

    @Test
    void wordsAndFiltersNarrowTheListAndTheAddressSaysSo() {
        assertThat(tracker.get("/?q=funeral").body()).contains("1 procurement").contains("BTH579 Funeral Services");
        assertThat(tracker.get("/?category=clinical_insourcing").body()).contains("2 procurements").doesNotContain("BTH579");
        assertThat(tracker.get("/?supplier=acme+endoscopy").body()).contains("1 procurement");
        assertThat(tracker.get("/?buyer=bradford-teaching-hospitals-nhs-foundation-trust").body()).contains("1 procurement");
        assertThat(tracker.get("/?min=1000000&sort=value").body()).contains("£1,200,000").doesNotContain("BTH579");
        long providerSelected = tracker.db().count("select count(*) from procurement where lifecycle = 'provider_selected'"
                + " and category <> 'not_relevant' and not possibly_relevant");
        assertThat(providerSelected).isPositive();
        assertThat(tracker.get("/?lifecycle=provider_selected").body())
                .contains(providerSelected == 1 ? "1 procurement" : providerSelected + " procurements").contains("Provider selected");
        String page = Html.unescapeLinks(tracker.get("/?q=funeral&category=nonclinical_outsourcing").body());
        assertThat(page).contains("href=\"/search.csv?q=funeral&category=nonclinical_outsourcing\"");
    }

    @Test
    void parametersItCannotUseAreRefusedWithA400ThatNamesThem() {
        assertThat(bad("/?min=lots")).contains("min").contains("is not an amount");
        assertThat(bad("/?colour=red")).contains("colour").contains("no such filter");
        assertThat(bad("/?size=1000")).contains("size");
        assertThat(bad("/?page=100000")).contains("page").contains("download every result");
        assertThat(bad("/?category=private")).contains("category");
        assertThat(bad("/?from=2026-05-01&to=2026-04-01")).contains("from");
        assertThat(bad("/?sort=relevance")).contains("sort");
        assertThat(bad("/?q=" + "x".repeat(201))).contains("at most 200 characters");
    }

    @Test
    void aProcurementPageShowsItsTimelineWhatChangedAndTheEvidenceOfEachRelease() {
        String page = Html.unescapeLinks(tracker.get("/procurement/" + funeral.notice().ocid()).body());

        assertThat(page).contains("BTH579 Funeral Services").contains("2 notices").contains("Timeline and evidence")
                .contains(Evidence.sha256(funeral.notice().release()))
                .contains("/procurement/" + funeral.notice().ocid() + "/release.json?id=" + URLEncoder.encode(funeral.notice().releaseId(), StandardCharsets.UTF_8))
                .contains("Non-clinical outsourcing");

        Answer original = tracker.get("/procurement/" + funeral.notice().ocid() + "/release.json?id="
                + URLEncoder.encode(funeral.notice().releaseId(), StandardCharsets.UTF_8));
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(funeral.notice().release());
        assertThat(original.header("X-Content-SHA256")).contains(Evidence.sha256(original.body()));
        assertThat(original.header("Content-Disposition").orElseThrow()).startsWith("attachment;");
    }

    @Test
    void anAwardShowsItsSupplierWithItsCompanyNumberTheValueChangeAndTheStandstillCountdown() {
        String page = tracker.get("/procurement/" + endoscopyAward.notice().ocid()).body();

        assertThat(page).contains("Acme Endoscopy Services Limited</a> (Companies House 01234567)")
                .contains("<strong>Value</strong>: <del>£2,500,000</del> → <ins>£1,200,000</ins>")
                .contains("<ins>Awarded under the Provider Selection Regime.</ins>")
                .containsPattern("<strong>\\d working days? left to make representations: the standstill period ends on ");
    }

    @Test
    void textFromANoticeIsEscapedWhereverItIsShown() {
        String list = tracker.get("/?q=hostile").body();
        String page = tracker.get("/procurement/" + hostileOcid()).body();

        for (String html : List.of(list, page)) {
            assertThat(html).contains("&lt;script&gt;alert(&#39;hostile&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        }
        assertThat(page).doesNotContain("href=\"javascript:");
    }

    @Test
    void buyerAndSupplierPagesCountTheirProcurementsByCategoryAndYear() {
        String buyer = tracker.get("/buyer/bradford-teaching-hospitals-nhs-foundation-trust").body();
        assertThat(buyer).contains("<h1>Bradford Teaching Hospitals NHS Foundation Trust</h1>")
                .contains("As buyer in 1 relevant procurement.").contains("Non-clinical outsourcing").contains("£251,052")
                .contains("BTH579 Funeral Services");

        String supplier = tracker.get("/supplier/acme-endoscopy-services").body();
        assertThat(supplier).contains("Companies House number 01234567").contains("£1,200,000");
        assertThat(tracker.get("/supplier/nobody-at-all").statusCode()).isEqualTo(404);
        assertThat(tracker.get("/supplier/Not%20A%20Key").statusCode()).isEqualTo(400);
    }

    @Test
    void theSummaryGivesTotalsByCategoryTopBuyersSuppliersAndWhoWonTheValue() {
        String summary = tracker.get("/summary?period=all").body();

        assertThat(summary).contains("Summary: all time").contains("Clinical insourcing").contains("Non-clinical outsourcing")
                .contains("Bradford Teaching Hospitals NHS Foundation Trust").contains("Acme Endoscopy Services Limited")
                .contains("Private companies").contains("100%");
        assertThat(tracker.get("/summary").statusCode()).isEqualTo(200);
        assertThat(tracker.get("/summary?period=decade").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownProcurementIsA404Page() {
        Answer page = tracker.get("/procurement/ocds-nothing-here");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("No such procurement");
    }

    private String bad(String path) {
        Answer response = tracker.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        return response.body();
    }

    private String hostileOcid() {
        return Fixtures.labelled(Fixtures.SOFT_FM).notice().ocid() + "-hostile";
    }

    private static NoticeClassified hostile(NoticeClassified c) {
        NoticeFetched n = c.notice();
        NoticeFetched changed = new NoticeFetched(n.source(), n.ocid() + "-hostile", n.releaseId() + "-hostile", n.releaseDate(),
                n.tags(), n.noticeType(), "Hostile <script>alert('hostile')</script>", n.description(), n.buyer(), n.parties(),
                n.awards(), n.cpv(), n.tenderValue(), n.procurementMethod(), n.procurementMethodDetails(),
                n.mainProcurementCategory(), n.framework(), n.dynamicPurchasingSystem(), n.tenderDeadline(),
                n.deliveryRegions(), "javascript:alert(1)", n.release(), n.fetchedAt());
        return new NoticeClassified(changed, c.category(), c.specialties(), c.signals(), c.stage(), c.confidence(),
                c.reasons(), c.rulesVersion(), c.classifiedAt());
    }
}
