package org.tenderwatch.ocds;

import org.junit.jupiter.api.Test;
import org.tenderwatch.events.Lifecycle;
import org.tenderwatch.events.NoticeFetched;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle event, regime and standstill deadline of real releases from the shared data. */
class LifecycleTest {

    private final ReleaseNormaliser normaliser =
            new ReleaseNormaliser(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void aProcurementActTenderNoticeIsTenderedUnderTheAct() throws Exception {
        NoticeFetched notice = normaliser.normalise(Sources.FIND_A_TENDER,
                SharedData.read("packages/find-a-tender-notice-package-032703-2026.json")).notice();

        assertThat(notice.noticeType()).isEqualTo("UK4");
        assertThat(notice.lifecycle()).isEqualTo(Lifecycle.TENDERED);
        assertThat(notice.regime()).isEqualTo("Procurement Act 2023");
        assertThat(notice.standstillEnd()).isNull();
        assertThat(notice.testNotice()).isFalse();
    }

    @Test
    void aProcurementActPipelineNoticeIsPlanned() throws Exception {
        NoticeFetched notice = normaliser.normalise(Sources.FIND_A_TENDER,
                SharedData.read("packages/find-a-tender-notice-package-037689-2026.json")).notice();

        assertThat(notice.noticeType()).isEqualTo("UK1");
        assertThat(notice.lifecycle()).isEqualTo(Lifecycle.PLANNED);
    }

    @Test
    void contractsFinderNoticesAreNamedByTheirTags() throws Exception {
        ReleasePage page = ReleasePage.parse(SharedData.read("packages/contracts-finder-page.json"));
        Map<String, Lifecycle> expected = Map.of("planning", Lifecycle.PLANNED, "tender", Lifecycle.TENDERED,
                "tenderAmendment", Lifecycle.TENDERED, "award", Lifecycle.CONTRACT_SIGNED,
                "awardUpdate", Lifecycle.CHANGED);
        int veat = 0;
        for (RawRelease raw : page.releases()) {
            NoticeFetched notice = normaliser.normalise(Sources.CONTRACTS_FINDER, raw).notice();
            if (notice.description() != null && notice.description().startsWith("VEAT NOTICE")) {
                veat++;
                assertThat(notice.lifecycle()).as("a voluntary transparency notice published as an award")
                        .isEqualTo(Lifecycle.DIRECT_AWARD_INTENDED);
                continue;
            }
            assertThat(notice.lifecycle()).as(raw.id() + " " + notice.tags())
                    .isEqualTo(expected.get(notice.tags().get(0)));
        }
        assertThat(veat).isEqualTo(1);
    }

    @Test
    void aProviderSelectionRegimeIntentionToAwardSelectsAProviderAndGivesTheRepresentationDeadline() throws Exception {
        NoticeFetched numeric = read("labelled/releases/reconstructed/ocds-h6vhtk-05cf10.json");
        NoticeFetched twoDigitYear = read("labelled/releases/reconstructed/ocds-h6vhtk-06637b.json");

        assertThat(numeric.lifecycle()).isEqualTo(Lifecycle.PROVIDER_SELECTED);
        assertThat(numeric.regime()).isEqualTo(Regimes.PROVIDER_SELECTION_REGIME);
        assertThat(numeric.standstillEnd()).as("by midnight 29/10/2025").isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(twoDigitYear.standstillEnd()).as("by 12 midnight on 18/03/26").isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void aCompiledNoticeIsNamedByItsLatestNotice() throws Exception {
        NoticeFetched notice = read("labelled/releases/reconstructed/ocds-h6vhtk-059c07.json");

        assertThat(notice.noticeType()).as("UK6 then UK7").isEqualTo("UK7");
        assertThat(notice.lifecycle()).isEqualTo(Lifecycle.CONTRACT_SIGNED);
        assertThat(notice.noticeUrl()).isEqualTo("https://www.find-tender.service.gov.uk/Notice/026641-2026");
    }

    @Test
    void everyRealReleaseFromAPortalHasALifecycleEvent() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(SharedData.ROOT.resolve("labelled/releases")),
                Files.walk(SharedData.ROOT.resolve("labelled-2/releases")))) {
            files = walk.filter(path -> path.toString().endsWith(".json") && !path.toString().contains("reconstructed"))
                    .toList();
        }
        assertThat(files).hasSizeGreaterThan(580);
        for (Path file : files) {
            NoticeFetched notice;
            try {
                notice = normaliser.normalise(Sources.REPLAY, Files.readString(file)).notice();
            } catch (InvalidOcdsException e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
            assertThat(notice.lifecycle()).as(file.toString()).isNotNull();
            assertThat(notice.noticeUrl()).as(file.toString()).isNotNull().doesNotContain("api.");
        }
    }

    @Test
    void anImpossibleRepresentationDeadlineIsAnAnomalyNotAGuess() throws Exception {
        Normalised normalised = normaliser.normalise(Sources.FIND_A_TENDER, """
                {"ocid":"ocds-h6vhtk-000001","id":"000001-2026","date":"2026-04-20T10:00:00+01:00","tag":["award"],
                 "tender":{"title":"Community ophthalmology","description":"This is a Provider Selection Regime (PSR) \
                intention to award notice. The publication of this notice marks the start of the standstill period. \
                Representations by providers must be made to decision makers by 31 April 2026."}}
                """);

        assertThat(normalised.notice().lifecycle()).isEqualTo(Lifecycle.PROVIDER_SELECTED);
        assertThat(normalised.notice().standstillEnd()).isNull();
        assertThat(normalised.anomalies()).singleElement().asString().contains("31 April 2026", "not a real date");
    }

    @Test
    void theStandstillPeriodOfAnAwardIsReadWhereTheNoticeHasOne() throws Exception {
        NoticeFetched notice = normaliser.normalise(Sources.FIND_A_TENDER, """
                {"ocid":"ocds-h6vhtk-000001","id":"000002-2026","date":"2026-04-20T10:00:00+01:00","tag":["award"],
                 "awards":[{"id":"1","status":"pending","standstillPeriod":{"startDate":"2026-04-21T00:00:00+01:00",
                   "endDate":"2026-04-30T23:59:59+01:00"},"documents":[{"id":"000002-2026","noticeType":"UK6"}]}]}
                """).notice();

        assertThat(notice.lifecycle()).isEqualTo(Lifecycle.PROVIDER_SELECTED);
        assertThat(notice.standstillEnd()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void aContractEndsEarlyOnlyWhenItsTerminationReasonIsNotCompletion() throws Exception {
        assertThat(termination("\"terminationRationaleClassification\":{\"description\":\"Breach of contract\"}"))
                .isEqualTo(Lifecycle.ENDED_EARLY);
        assertThat(termination("\"terminationRationaleClassification\":{\"description\":\"Principal obligations fully performed\"}"))
                .isEqualTo(Lifecycle.ENDED);
        assertThat(termination("\"status\":\"terminated\"")).as("no reason given: ended, not early")
                .isEqualTo(Lifecycle.ENDED);
    }

    @Test
    void procurementTerminationAndChangeNoticesAreCancelledAndChanged() throws Exception {
        assertThat(ofType("UK12")).isEqualTo(Lifecycle.CANCELLED);
        assertThat(ofType("UK10")).isEqualTo(Lifecycle.CHANGED);
        assertThat(ofType("UK5")).isEqualTo(Lifecycle.DIRECT_AWARD_INTENDED);
        assertThat(ofType("UK9")).as("performance notices are not a step of the procurement").isNull();
    }

    private Lifecycle termination(String contractFields) throws InvalidOcdsException {
        return normaliser.normalise(Sources.FIND_A_TENDER, """
                {"ocid":"ocds-h6vhtk-000001","id":"000003-2026","tag":["contract"],
                 "contracts":[{"id":"1",%s,"documents":[{"id":"000003-2026","noticeType":"UK11"}]}]}
                """.formatted(contractFields)).notice().lifecycle();
    }

    private Lifecycle ofType(String noticeType) throws InvalidOcdsException {
        return normaliser.normalise(Sources.FIND_A_TENDER, """
                {"ocid":"ocds-h6vhtk-000001","id":"000004-2026","tag":["tender"],
                 "tender":{"documents":[{"id":"000004-2026","noticeType":"%s"}]}}
                """.formatted(noticeType)).notice().lifecycle();
    }

    private NoticeFetched read(String relative) throws InvalidOcdsException {
        return normaliser.normalise(Sources.REPLAY, SharedData.read(relative)).notice();
    }
}
