package org.tenderwatch.ocds;

import org.junit.jupiter.api.Test;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Lifecycle;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Scottish and Welsh releases, test notices, withheld suppliers and tenderers. */
class PortalNoticesTest {

    private final ReleaseNormaliser normaliser = new ReleaseNormaliser();

    @Test
    void aScottishNoticeLinksToItsPageOnPublicContractsScotlandNeverToTheApi() throws Exception {
        NoticeFetched notice = normaliser.normalise(Sources.PUBLIC_CONTRACTS_SCOTLAND, SharedData.read(
                "labelled-2/releases/public-contracts-scotland/ocds-r6ebe6-0000530300__NO-RELEASE-ID.json")).notice();

        assertThat(notice.noticeUrl())
                .isEqualTo("https://www.publiccontractsscotland.gov.uk/search/show/search_view.aspx?ID=APR352629");
        assertThat(notice.lifecycle()).isEqualTo(Lifecycle.TENDERED);
        assertThat(notice.regime()).isEqualTo("Public Contracts Regulations 2015 (Directive 2014/24/EU)");
    }

    @Test
    void aWelshTestNoticeIsFlaggedAndLinkedByItsNoticeIdEvenWhereItsUrlFieldIsGarbled() throws Exception {
        NoticeFetched notice = normaliser.normalise(Sources.SELL2WALES, SharedData.read(
                "labelled-2/releases/sell2wales/ocds-kuma6s-148458__ocds-kuma6s-148458-release-148458.json")).notice();

        assertThat(notice.testNotice()).isTrue();
        assertThat(notice.noticeUrl())
                .isEqualTo("https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=FEB497929");
    }

    @Test
    void noOtherLabelledReleaseIsATestNotice() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(SharedData.ROOT.resolve("labelled/releases")),
                Files.walk(SharedData.ROOT.resolve("labelled-2/releases")))) {
            files = walk.filter(path -> path.toString().endsWith(".json")).toList();
        }
        List<String> tests = files.stream().filter(file -> {
            try {
                return normaliser.normalise(Sources.REPLAY, Files.readString(file)).notice().testNotice();
            } catch (IOException | InvalidOcdsException e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
        }).map(file -> file.getFileName().toString()).toList();

        assertThat(tests).containsExactly("ocds-kuma6s-148458__ocds-kuma6s-148458-release-148458.json");
    }

    @Test
    void aBuyerReferenceToAMissingPartyKeepsTheReleaseAndTheBuyersName() throws Exception {
        NoticeFetched notice = normaliser.normalise(Sources.REPLAY,
                SharedData.read("labelled-2/releases/reconstructed/ocds-kuma6s-155945.json")).notice();

        assertThat(notice.buyer().name()).startsWith("NHS Wales Shared Services Partnership");
        assertThat(notice.regime()).isEqualTo(Regimes.PROVIDER_SELECTION_REGIME_WALES);
        assertThat(notice.noticeUrl()).isNull();
    }

    @Test
    void aWithheldSupplierIsNeverAProvider() throws Exception {
        Normalised normalised = normaliser.normalise(Sources.FIND_A_TENDER, """
                {"ocid":"ocds-h6vhtk-000001","id":"000005-2026","tag":["award"],
                 "parties":[{"id":"GB-PPON-1","name":"Withheld","roles":["supplier"]},
                            {"id":"GB-PPON-2","name":"Acme Healthcare Ltd","roles":["supplier"]}],
                 "awards":[{"id":"1","suppliers":[{"id":"GB-PPON-1","name":"Withheld"},{"id":"GB-PPON-2"}]},
                           {"id":"2","suppliers":[{"name":"Supplier name redacted"}]}]}
                """);

        NoticeFetched notice = normalised.notice();
        assertThat(notice.awards()).flatExtracting(Award::suppliers).extracting(Organisation::name)
                .containsExactly("Acme Healthcare Ltd");
        assertThat(notice.parties()).extracting(Organisation::name).containsExactly("Acme Healthcare Ltd");
        assertThat(normalised.anomalies()).anyMatch(anomaly -> anomaly.contains("withheld"));
    }

    @Test
    void tenderersAreListedOnceFromTheTenderAndTheParties() throws Exception {
        NoticeFetched notice = normaliser.normalise(Sources.FIND_A_TENDER, """
                {"ocid":"ocds-h6vhtk-000001","id":"000006-2026","tag":["award"],
                 "parties":[{"id":"GB-COH-1","name":"Acme Healthcare Ltd","roles":["tenderer","supplier"]},
                            {"id":"GB-COH-2","name":"Beta Clinics Ltd","roles":["tenderer"]},
                            {"id":"GB-COH-3","name":"Not disclosed","roles":["tenderer"]}],
                 "tender":{"tenderers":[{"id":"GB-COH-1","name":"Acme Healthcare Ltd"}]}}
                """).notice();

        assertThat(notice.tenderers()).extracting(Organisation::name)
                .containsExactly("Acme Healthcare Ltd", "Beta Clinics Ltd");
        assertThat(notice.tenderers().get(0).identifierScheme()).isEqualTo("GB-COH");
    }
}
