package org.tenderwatch.classifier.classify;

import org.junit.jupiter.api.Test;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.classifier.classify.rules.RulesLoader;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.Reason;
import org.tenderwatch.events.Signal;
import org.tenderwatch.events.Stage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

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
        assertThat(strongest.rule()).isEqualTo("insourcing-wording");
        assertThat(strongest.field()).isEqualTo("title");
        assertThat(strongest.explanation()).startsWith("title contains 'insourced'").contains("+7.5 clinical_insourcing");
        assertThat(result.reasons()).anySatisfy(reason -> assertThat(reason.explanation())
                .isEqualTo("buyer 'York and Scarborough Teaching Hospital NHS Foundation Trust' contains 'foundation trust':"
                        + " the buyer is an NHS or health body (signal health-buyer)"));
        assertThat(result.confidence()).isBetween(0.9, 1.0);
        assertThat(result.rulesVersion()).isEqualTo(RulesLoader.bundled().version());
        assertThat(result.classifiedAt()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void staffingFrameworkIsNotInsourcing() {
        NoticeClassified result = classify("releases/reconstructed/ocds-b5fd17-430b4e72-a6cb-45c8-8e4a-1a6c20acbf60.json");
        assertThat(result.category()).isEqualTo(Category.NOT_RELEVANT);
        assertThat(result.reasons()).extracting(Reason::rule).contains("staffing");
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
        assertThat(result.reasons()).extracting(Reason::rule).contains("managed-equipment-service");
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
            assertThat(reason.rule()).isEqualTo("consultant-group-winner");
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
        assertThat(result.reasons()).extracting(Reason::rule).contains("veterinary-cpv");
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
        // A title and two NHS bodies, nothing about where the service is delivered: it stays below the threshold.
        NoticeClassified close = classify("releases/reconstructed/ocds-h6vhtk-0689da.json");
        NoticeClassified clear = classify("releases/reconstructed/ocds-h6vhtk-05a419.json");
        assertThat(close.category()).isEqualTo(Category.NOT_RELEVANT);
        assertThat(close.confidence()).isBetween(0.5, 0.8).isLessThan(clear.confidence());
    }
}
