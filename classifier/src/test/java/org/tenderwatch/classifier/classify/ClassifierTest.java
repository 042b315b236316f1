package org.tenderwatch.classifier.classify;

import org.junit.jupiter.api.Test;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.classifier.classify.rules.RulesLoader;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;
import org.tenderwatch.events.Reason;
import org.tenderwatch.events.Signal;
import org.tenderwatch.events.Stage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins the classifier's behaviour on real labelled releases, one hard case per test. */
class ClassifierTest {

    private static final Classifier CLASSIFIER = new Classifier(RulesLoader.bundled(),
            Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private static NoticeClassified classify(String release) {
        return CLASSIFIER.classify(SharedData.notice(release));
    }

    @Test
    void insourcedEndoscopyAtTheTrustsOwnUnitsIsInsourcingWithReadableReasons() {
        NoticeClassified result = classify("releases/reconstructed/ocds-h6vhtk-05a419.json");
        assertThat(result.category()).isEqualTo(Category.CLINICAL_INSOURCING);
        assertThat(result.specialties()).contains("endoscopy");
        assertThat(result.signals()).contains(Signal.HEALTH_BUYER, Signal.PSR, Signal.PSR_COMPETITIVE, Signal.WAITING_LIST);
        Reason strongest = result.reasons().get(0);
        assertThat(strongest.rule()).startsWith("insourcing-wording");
        assertThat(strongest.field()).isEqualTo("title");
        assertThat(strongest.explanation()).startsWith("speaks of insourced services")
                .contains(": the title says 'insourced' (clinical insourcing +");
        assertThat(result.reasons()).as("one line per piece of evidence")
                .filteredOn(reason -> reason.field().equals("title") && "insourced".equals(reason.matched())).hasSize(1);
        assertThat(result.reasons()).anySatisfy(reason -> assertThat(reason.explanation())
                .isEqualTo("the buyer is an NHS or health body: buyer 'York and Scarborough Teaching Hospital NHS Foundation Trust'"));
        assertThat(result.reasons()).extracting(Reason::explanation).noneMatch(line -> line.contains("signal"));
        assertThat(result.confidence()).isBetween(0.9, 1.0);
        assertThat(result.rulesVersion()).isEqualTo(RulesLoader.bundled().version());
        assertThat(result.classifiedAt()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void staffingFrameworkIsNotInsourcing() {
        NoticeClassified result = classify("releases/reconstructed/ocds-b5fd17-430b4e72-a6cb-45c8-8e4a-1a6c20acbf60.json");
        assertThat(result.category()).isEqualTo(Category.NOT_RELEVANT);
        assertThat(result.reasons()).anySatisfy(reason -> assertThat(reason.rule()).contains("staffing"));
        assertThat(result.specialties()).isEmpty();
    }

    @Test
    void psrAwardToIndependentProviderIsOutsourcing() {
        NoticeClassified result = classify("releases/reconstructed/ocds-h6vhtk-0670fa.json");
        assertThat(result.category()).isEqualTo(Category.CLINICAL_OUTSOURCING);
        assertThat(result.signals()).contains(Signal.PSR, Signal.PSR_URGENT_AWARD, Signal.KNOWN_INDEPENDENT_PROVIDER);
        assertThat(result.specialties()).contains("endoscopy");
    }

    @Test
    void bringingTheClinicalServiceInHouseAroundAManagedEquipmentServiceIsNotClinicalInsourcing() {
        NoticeClassified result = classify("releases/reconstructed/ocds-h6vhtk-059462.json");
        assertThat(result.category()).isEqualTo(Category.NOT_RELEVANT);
        assertThat(result.reasons()).anySatisfy(reason -> assertThat(reason.rule()).contains("managed-equipment-service"));
    }

    @Test
    void pathologyManagedEquipmentServiceIsNotAClinicalService() {
        assertThat(classify("releases/reconstructed/ocds-h6vhtk-06b135.json").category()).isEqualTo(Category.NOT_RELEVANT);
    }

    @Test
    void consultantSyndicateWinningSurgicalWorkIsInsourcing() {
        NoticeClassified result = classify("releases/reconstructed/ocds-h6vhtk-064ebd.json");
        assertThat(result.category()).isEqualTo(Category.CLINICAL_INSOURCING);
        assertThat(result.reasons()).anySatisfy(reason -> {
            assertThat(reason.rule()).contains("consultant-group-winner");
            assertThat(reason.matched()).isEqualTo("Hull and East Yorkshire Anaesthetic Syndicate");
        });
        assertThat(result.signals()).contains(Signal.PSR_URGENT_AWARD);
    }

    @Test
    void councilSmokingCessationIsPublicHealthOutsourcing() {
        NoticeClassified result = classify("releases/contracts-finder/ocds-b5fd17-83cde2ba-c7f7-4945-b6e0-5ed0c9622a2b__9c9ebc9b-3880-48d5-8517-3de54db1b188-582277.json");
        assertThat(result.category()).isEqualTo(Category.CLINICAL_OUTSOURCING);
        assertThat(result.specialties()).contains("public-health");
        assertThat(result.signals()).doesNotContain(Signal.HEALTH_BUYER);
    }

    @Test
    void councilDomiciliaryCareIsNotRelevant() {
        assertThat(classify("releases/reconstructed/ocds-h6vhtk-0582b8.json").category()).isEqualTo(Category.NOT_RELEVANT);
    }

    @Test
    void veterinaryServicesForPoliceDogsAreNotHealthServices() {
        NoticeClassified result = classify("releases/reconstructed/ocds-h6vhtk-059c07.json");
        assertThat(result.category()).isEqualTo(Category.NOT_RELEVANT);
        assertThat(result.reasons()).anySatisfy(reason -> assertThat(reason.rule()).contains("veterinary-cpv"));
    }

    @Test
    void clinicalCodingIsNonClinicalOutsourcing() {
        NoticeClassified result = classify("releases/reconstructed/ocds-h6vhtk-04e588.json");
        assertThat(result.category()).isEqualTo(Category.NONCLINICAL_OUTSOURCING);
        assertThat(result.specialties()).containsExactly("records-coding");
    }

    @Test
    void softFacilitiesManagementFullOfClinicalWordsIsNonClinical() {
        NoticeClassified result = classify("releases/reconstructed/ocds-h6vhtk-055ada.json");
        assertThat(result.category()).isEqualTo(Category.NONCLINICAL_OUTSOURCING);
        assertThat(result.specialties()).contains("fm-estates");
    }

    @Test
    void mixedFrameworkIsLabelledByItsFirstLot() {
        assertThat(classify("releases/reconstructed/ocds-h6vhtk-05065a.json").category())
                .isEqualTo(Category.CLINICAL_INSOURCING);
        assertThat(classify("releases/reconstructed/ocds-h6vhtk-02dd25.json").category())
                .isEqualTo(Category.CLINICAL_OUTSOURCING);
    }

    @Test
    void releaseWithNeitherTitleNorBuyerIsJudgedOnItsDescription() {
        NoticeClassified result = classify("releases/reconstructed/ocds-h6vhtk-0671cc.json");
        assertThat(result.category()).isEqualTo(Category.CLINICAL_INSOURCING);
        assertThat(result.specialties()).contains("urology");
        assertThat(result.signals()).contains(Signal.PSR_URGENT_AWARD);
    }

    @Test
    void laundryCallOffFromAFrameworkIsNonClinicalAndACallOff() {
        NoticeClassified result = classify("releases/contracts-finder/ocds-b5fd17-c8a577d9-28bc-4460-b3b5-a97a4fa6dfe8__f5d03132-70f5-425d-81b9-66ebd0ada77a-552163.json");
        assertThat(result.category()).isEqualTo(Category.NONCLINICAL_OUTSOURCING);
        assertThat(result.specialties()).containsExactly("laundry");
        assertThat(result.signals()).contains(Signal.CALL_OFF).doesNotContain(Signal.FRAMEWORK_ESTABLISHMENT);
        assertThat(result.stage()).isNotEqualTo(Stage.UNKNOWN);
    }

    @Test
    void aCloseCallIsLessConfidentThanAClearCase() {
        // A title naming a clinical service and two NHS bodies, nothing about where it is delivered: a close call.
        NoticeClassified close = classify("releases/reconstructed/ocds-h6vhtk-0689da.json");
        NoticeClassified clear = classify("releases/reconstructed/ocds-h6vhtk-05a419.json");
        assertThat(close.confidence()).isBetween(0.5, 0.8).isLessThan(clear.confidence());
    }

    @Test
    void aClinicalServiceBroughtInHouseSaysSoAndIsNotClinicalInsourcing() {
        NoticeClassified result = classify("releases/reconstructed/ocds-h6vhtk-059462.json");
        assertThat(result.signals()).contains(Signal.IN_HOUSE_RETURN);
        assertThat(result.category()).isNotEqualTo(Category.CLINICAL_INSOURCING);
    }

    @Test
    void staffMovedToATrustOwnedCompanyIsASubsidiaryNotClinicalInsourcing() {
        // No recorded notice of this kind is in ../shared/data, so the notice is built here from its words alone.
        NoticeFetched notice = new NoticeFetched("replay", "ocds-test-subco", "r1", null, List.of("tender"), null,
                "Insourcing of estates and facilities staff into the Trust's wholly owned subsidiary",
                "Transfer of staff to a wholly owned subsidiary company of the Trust (SubCo).",
                new Organisation("b", "Example Hospitals NHS Foundation Trust", null, null, List.of("buyer")),
                List.of(), List.of(), List.of(), null, null, null, null, false, false, null, List.of(), null, "{}",
                Instant.parse("2026-11-23T00:00:00Z"));
        NoticeClassified result = CLASSIFIER.classify(notice);
        assertThat(result.signals()).contains(Signal.SUBSIDIARY_COMPANY);
        assertThat(result.category()).as("about support services: non-clinical, as the labels decide")
                .isEqualTo(Category.NONCLINICAL_OUTSOURCING);
    }

    @Test
    void servicesTheRulesKnowByTheirCommissioningNamesAreFoundWithoutABuyer() {
        NoticeClassified mecs = CLASSIFIER.classify(SharedData.notice2("releases/reconstructed/ocds-b5fd17-2aa5e753-8b28-4a40-b727-2f4afcc29ba0.json"));
        assertThat(mecs.category()).isEqualTo(Category.CLINICAL_OUTSOURCING);
        assertThat(mecs.specialties()).contains("ophthalmology");
        NoticeClassified endoscopy = CLASSIFIER.classify(SharedData.notice2("releases/reconstructed/ocds-h6vhtk-04cc99.json"));
        assertThat(endoscopy.notice().buyer()).isNull();
        assertThat(endoscopy.category()).isEqualTo(Category.CLINICAL_OUTSOURCING);
    }

    @Test
    void publicHealthAndSupportServicesNamedAsScottishHealthBoardsNameThem() {
        NoticeClassified injecting = CLASSIFIER.classify(SharedData.notice2(
                "releases/public-contracts-scotland/ocds-r6ebe6-0000581004__NO-RELEASE-ID.json"));
        assertThat(injecting.category()).isEqualTo(Category.CLINICAL_OUTSOURCING);
        assertThat(injecting.specialties()).contains("public-health");
        NoticeClassified washroom = CLASSIFIER.classify(SharedData.notice2(
                "releases/public-contracts-scotland/ocds-r6ebe6-0000579615__NO-RELEASE-ID.json"));
        assertThat(washroom.category()).isEqualTo(Category.NONCLINICAL_OUTSOURCING);
    }

    @Test
    void aGoodsFrameworkOfTheNhsSupplyArmIsNotAServiceWhateverItsSpecialty() {
        NoticeClassified result = CLASSIFIER.classify(SharedData.notice2("releases/reconstructed/ocds-h6vhtk-04489d.json"));
        assertThat(result.category() == Category.NOT_RELEVANT || result.possiblyRelevant()).as("not alerted: %s", result)
                .isTrue();
        assertThat(result.reasons()).anySatisfy(reason -> assertThat(reason.rule()).contains("goods-buyer"));
    }
}
