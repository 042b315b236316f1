package org.tenderwatch.ocds;

import org.junit.jupiter.api.Test;
import org.tenderwatch.events.Cpv;
import org.tenderwatch.events.NoticeFetched;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseNormaliserTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final ReleaseNormaliser normaliser = new ReleaseNormaliser(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsAFindATenderNoticeWithItsProcurementActNoticeType() throws Exception {
        NoticeFetched notice = normaliser.normalise(Sources.FIND_A_TENDER,
                SharedData.read("packages/find-a-tender-notice-package-032703-2026.json")).notice();

        assertThat(notice.ocid()).isEqualTo("ocds-h6vhtk-067fb8");
        assertThat(notice.releaseId()).isEqualTo("032703-2026");
        assertThat(notice.releaseDate()).isEqualTo(OffsetDateTime.parse("2026-04-10T10:50:13+01:00"));
        assertThat(notice.tags()).containsExactly("tender");
        assertThat(notice.noticeType()).isEqualTo("UK4");
        assertThat(notice.title()).isEqualTo("HARROGATE TOWN DISTRICT HEATING PROJECT - Feasibility Study");
        assertThat(notice.buyer().name()).isEqualTo("Harrogate Town Council");
        assertThat(notice.buyer().identifierScheme()).isEqualTo("GB-PPON");
        assertThat(notice.buyer().identifierId()).isEqualTo("PDTL-7248-GWZW");
        assertThat(notice.cpv()).extracting(Cpv::code).containsExactly("09323000", "79314000");
        assertThat(notice.tenderValue().amount()).isEqualByComparingTo("33721");
        assertThat(notice.tenderValue().currency()).isEqualTo("GBP");
        assertThat(notice.procurementMethodDetails()).isEqualTo("Below threshold - open competition");
        assertThat(notice.mainProcurementCategory()).isEqualTo("services");
        assertThat(notice.tenderDeadline()).isEqualTo(OffsetDateTime.parse("2026-05-08T23:59:59+01:00"));
        assertThat(notice.deliveryRegions()).containsExactly("UKE2");
        assertThat(notice.noticeUrl()).isEqualTo("https://www.find-tender.service.gov.uk/Notice/032703-2026");
        assertThat(notice.framework()).isFalse();
        assertThat(notice.fetchedAt()).isEqualTo(NOW);
        assertThat(OcdsJson.parse(notice.release()).get("id").asText()).isEqualTo("032703-2026");
    }

    @Test
    void readsAContractsFinderAwardWithSupplierAndRepairedText() throws Exception {
        ReleasePage page = ReleasePage.parse(SharedData.read("packages/contracts-finder-page.json"));
        NoticeFetched notice = normaliser.normalise(Sources.CONTRACTS_FINDER, page.releases().get(0)).notice();

        assertThat(notice.tags()).containsExactly("award");
        assertThat(notice.buyer().identifierScheme()).isEqualTo("GB-CFS");
        assertThat(notice.awards()).singleElement().satisfies(award -> {
            assertThat(award.value().amount()).isEqualByComparingTo("93007");
            assertThat(award.suppliers()).singleElement().satisfies(supplier -> {
                assertThat(supplier.name()).isEqualTo("Marstons holdings plc");
                assertThat(supplier.roles()).containsExactly("supplier");
            });
        });
        assertThat(notice.description()).doesNotContain("â€").contains("framework.\u202f The initial");
        assertThat(notice.procurementMethodDetails()).isEqualTo("Direct award");
        assertThat(notice.noticeUrl())
                .isEqualTo("https://www.contractsfinder.service.gov.uk/Notice/2a1e3359-87a0-4fdd-ac61-20d5e6520a13");
    }

    @Test
    void normalisesEveryLabelledReleaseAndKeepsItsTextWhole() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedData.ROOT.resolve("labelled/releases"))) {
            files = walk.filter(path -> path.toString().endsWith(".json")).toList();
        }
        assertThat(files).hasSizeGreaterThan(400);
        for (Path file : files) {
            String text = Files.readString(file);
            NoticeFetched notice;
            try {
                notice = normaliser.normalise(Sources.REPLAY, text).notice();
            } catch (InvalidOcdsException e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
            assertThat(notice.ocid()).as(file.toString()).isNotBlank();
            assertThat(notice.releaseId()).as(file.toString()).isNotBlank();
            if (text.contains("\"title\"")) {
                assertThat(notice.title()).as(file.toString()).isNotBlank();
            }
            assertThat(notice.release()).isEqualTo(text);
        }
    }

    @Test
    void leavesOutAnImpossibleAmountAndSaysSo() throws Exception {
        Normalised normalised = normaliser.normalise(Sources.FIND_A_TENDER, """
                {"ocid":"ocds-h6vhtk-000001","id":"000001-2026","tag":["tender"],
                 "tender":{"title":"Cleaning services","value":{"amount":1e9999,"currency":"GBP"}}}
                """);

        assertThat(normalised.notice().tenderValue()).isNull();
        assertThat(normalised.notice().title()).isEqualTo("Cleaning services");
        assertThat(normalised.anomalies()).singleElement().asString().contains("tender.value.amount", "1E+9999");
    }

    @Test
    void linksAReplayedReleaseToItsPublishersPage() throws Exception {
        NoticeFetched notice = normaliser.normalise(Sources.REPLAY,
                SharedData.read("packages/find-a-tender-notice-package-037689-2026.json")).notice();

        assertThat(notice.source()).isEqualTo(Sources.REPLAY);
        assertThat(notice.noticeUrl()).isEqualTo("https://www.find-tender.service.gov.uk/Notice/037689-2026");
    }

    @Test
    void keepsMissingFieldsAbsent() throws Exception {
        NoticeFetched notice = normaliser.normalise(Sources.REPLAY,
                "{\"ocid\":\"ocds-b5fd17-1\",\"id\":\"r-1\"}").notice();

        assertThat(notice.title()).isNull();
        assertThat(notice.buyer()).isNull();
        assertThat(notice.tenderValue()).isNull();
        assertThat(notice.releaseDate()).isNull();
        assertThat(notice.cpv()).isEmpty();
        assertThat(notice.noticeUrl()).isNull();
    }

    @Test
    void refusesAReleaseWithoutIdentity() {
        assertThatThrownBy(() -> normaliser.normalise(Sources.REPLAY, "{\"id\":\"r-1\",\"tag\":[\"tender\"]}"))
                .isInstanceOf(InvalidOcdsException.class)
                .hasMessageContaining("no ocid");
    }

    @Test
    void cutsAnOversizedDescription() throws Exception {
        String huge = "x".repeat(Texts.MAX_DESCRIPTION + 10);
        Normalised normalised = normaliser.normalise(Sources.REPLAY,
                "{\"ocid\":\"ocds-b5fd17-1\",\"id\":\"r-1\",\"tender\":{\"description\":\"" + huge + "\"}}");

        assertThat(normalised.notice().description()).hasSize(Texts.MAX_DESCRIPTION);
        assertThat(normalised.anomalies()).anyMatch(anomaly -> anomaly.contains("description"));
        assertThat(normalised.notice().release()).as("the release travels on whole").contains(huge);
    }

    @Test
    void namesAPublicContractsScotlandReleaseWithoutIdByItsDateAndTags() throws Exception {
        Path file = SharedData.ROOT.resolve(
                "labelled-2/releases/public-contracts-scotland/ocds-r6ebe6-0000530300__NO-RELEASE-ID.json");
        String text = Files.readString(file);

        NoticeFetched notice = normaliser.normalise("public-contracts-scotland", text).notice();
        NoticeFetched again = normaliser.normalise("public-contracts-scotland", text).notice();

        assertThat(notice.releaseId()).isEqualTo("ocds-r6ebe6-0000530300/2019-04-25T00:00:00Z/tender");
        assertThat(again.releaseId()).as("the same on every read").isEqualTo(notice.releaseId());
    }

    @Test
    void everyLabelledScottishReleaseGetsItsOwnIdentity() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedData.ROOT.resolve("labelled-2/releases/public-contracts-scotland"))) {
            files = walk.filter(path -> path.toString().endsWith(".json")).toList();
        }
        List<String> ids = new java.util.ArrayList<>();
        for (Path file : files) {
            try {
                ids.add(normaliser.normalise("public-contracts-scotland", Files.readString(file)).notice().releaseId());
            } catch (InvalidOcdsException e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
        }
        assertThat(ids).hasSize(90).doesNotHaveDuplicates();
    }
}
