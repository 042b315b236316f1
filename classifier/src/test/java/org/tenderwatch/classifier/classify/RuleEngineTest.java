package org.tenderwatch.classifier.classify;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.tenderwatch.classifier.classify.rules.RulesLoader;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Cpv;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;
import org.tenderwatch.events.Reason;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's semantics on a small rules file of its own, so they hold whatever the bundled rules say. */
class RuleEngineTest {

    private static final String RULES = """
            version: "engine-test"
            scoring: {threshold: 4, field-factors: {title: 1.5}, additional-cpv-factor: 0.5, confidence-steepness: 1}
            join-prefixes: [in]
            derived-signals:
              health: [health-buyer]
            rules:
              - name: health-buyer
                explanation: an NHS buyer
                fields: [buyer]
                phrases: [nhs trust, gb nhs]
                signal: health-buyer
              - name: insourcing
                explanation: speaks of insourcing
                fields: [title, description]
                phrases: [insourc*]
                weights: {clinical_insourcing: 4}
                requires: [health]
              - name: no-health-body
                explanation: no health buyer
                weights: {not_relevant: 10}
                unless: [health]
              - name: health-cpv
                explanation: a health CPV code
                cpv: ["851"]
                cpv-except: ["8512"]
                weights: {clinical_outsourcing: 5}
              - name: company-winner
                explanation: a company won
                fields: [supplier]
                phrases: [ltd]
                signal: private-winner
            specialties:
              endoscopy: {phrases: [endoscop*]}
            """;

    private final Classifier classifier = new Classifier(RulesLoader.parse(RULES, "engine-test"), Clock.systemUTC());

    private static NoticeFetched notice(String title, String description, Organisation buyer, List<Cpv> cpv,
                                        List<Award> awards) {
        return new NoticeFetched("replay", "ocds-test-1", "r1", null, List.of("award"), null, title, description, buyer,
                List.of(), awards, cpv, null, null, null, null, false, false, null, List.of(), null, "{}", Instant.now());
    }

    private static Organisation buyer(String name) {
        return new Organisation("b", name, null, null, List.of("buyer"));
    }

    @Test
    void matchesHyphenatedAndPrefixedWordsWithTheTitleCountingMore() {
        NoticeClassified inTitle = classifier.classify(notice("In-Sourced Endoscopy Lists", null, buyer("Example NHS Trust"), List.of(), List.of()));
        assertThat(inTitle.category()).isEqualTo(Category.CLINICAL_INSOURCING);
        assertThat(inTitle.reasons()).extracting(Reason::matched).contains("insourced");
        assertThat(inTitle.reasons()).filteredOn(r -> r.rule().equals("insourcing")).extracting(Reason::weight).containsExactly(6.0);
        assertThat(inTitle.specialties()).containsExactly("endoscopy");

        NoticeClassified inDescription = classifier.classify(notice("Endoscopy", "insourcing of lists", buyer("Example NHS Trust"), List.of(), List.of()));
        assertThat(inDescription.category()).as("4 in the description only ties the threshold; ties go to not_relevant")
                .isEqualTo(Category.NOT_RELEVANT);
        assertThat(inDescription.specialties()).isEmpty();
    }

    @Test
    void conditionsDecideWhichRulesFire() {
        NoticeClassified noHealthBuyer = classifier.classify(notice("Insourced lists", null, buyer("Example Council"), List.of(), List.of()));
        assertThat(noHealthBuyer.category()).isEqualTo(Category.NOT_RELEVANT);
        assertThat(noHealthBuyer.reasons()).extracting(Reason::rule).containsExactly("no-health-body");
        assertThat(noHealthBuyer.reasons().get(0).explanation()).isEqualTo("no health buyer (not relevant +10)");

        Organisation registered = new Organisation("b", "Example Body", "GB-NHS", "RXX", List.of("buyer"));
        NoticeClassified byScheme = classifier.classify(notice("Insourced lists", null, registered, List.of(), List.of()));
        assertThat(byScheme.category()).isEqualTo(Category.CLINICAL_INSOURCING);
        assertThat(byScheme.signals()).contains("health-buyer");
    }

    @Test
    void rulesFiredOnTheSameEvidenceMakeOneLineInPlainWordsWithTheWeightAfter() {
        String moreRules = """
                  - name: insourcing-again
                    explanation: insourcing once more
                    fields: [title]
                    phrases: [insourc*]
                    weights: {clinical_insourcing: 1, clinical_outsourcing: -1}
                  - name: nhs-named
                    explanation: names the NHS
                    fields: [buyer]
                    phrases: [nhs]
                    signal: health-buyer
                """;
        Classifier engine = new Classifier(RulesLoader.parse(RULES.replace("specialties:", moreRules + "specialties:"),
                "engine-test"), Clock.systemUTC());
        NoticeClassified result = engine.classify(notice("Insourced lists", null, buyer("Example NHS Trust"), List.of(), List.of()));
        assertThat(result.reasons()).hasSize(2);
        Reason title = result.reasons().get(0);
        assertThat(title.rule()).isEqualTo("insourcing, insourcing-again");
        assertThat(title.weight()).isEqualTo(7.5);
        assertThat(title.explanation()).isEqualTo("speaks of insourcing; insourcing once more: the title says 'insourced'"
                + " (clinical insourcing +7.5, clinical outsourcing -1.5)");
        Reason buyer = result.reasons().get(1);
        assertThat(buyer.rule()).isEqualTo("health-buyer, nhs-named");
        assertThat(buyer.explanation()).as("a signal is shown as what it means, not by its name")
                .isEqualTo("an NHS buyer; names the NHS: buyer 'Example NHS Trust'");
    }

    @Test
    void aHealthNoticeJustShortOfACategoryIsPossiblyRelevantWithItsBestGuess() {
        Classifier engine = new Classifier(RulesLoader.parse(RULES.replace("confidence-steepness: 1}",
                "confidence-steepness: 1, possibly-relevant-margin: 2}"), "engine-test"), Clock.systemUTC());
        NoticeClassified shortOf = engine.classify(notice("Endoscopy", "insourcing of lists", buyer("Example NHS Trust"), List.of(), List.of()));
        assertThat(shortOf.possiblyRelevant()).isTrue();
        assertThat(shortOf.category()).as("the best guess").isEqualTo(Category.CLINICAL_INSOURCING);
        assertThat(shortOf.confidence()).as("a tie is an even guess").isCloseTo(0.5, Offset.offset(1e-9));

        NoticeClassified noHealth = engine.classify(notice("Insourced lists", null, buyer("Example Council"), List.of(), List.of()));
        assertThat(noHealth.possiblyRelevant()).as("without a health context nothing is possibly relevant").isFalse();
        assertThat(noHealth.category()).isEqualTo(Category.NOT_RELEVANT);

        NoticeClassified farShort = engine.classify(notice("Service", null, buyer("Example NHS Trust"),
                List.of(new Cpv("85111000", null, false)), List.of()));
        assertThat(farShort.possiblyRelevant()).as("2.5 against 4 is within the margin of 2").isTrue();
        NoticeClassified nothing = engine.classify(notice("Service", null, buyer("Example NHS Trust"), List.of(), List.of()));
        assertThat(nothing.possiblyRelevant()).as("a health buyer and no evidence of a service").isFalse();
        assertThat(classifier.classify(notice("Endoscopy", "insourcing of lists", buyer("Example NHS Trust"), List.of(), List.of()))
                .possiblyRelevant()).as("no margin in the file: never").isFalse();
    }

    @Test
    void aTestNoticeIsNeverRelevant() {
        NoticeFetched real = notice("In-Sourced Endoscopy Lists", null, buyer("Example NHS Trust"), List.of(), List.of());
        NoticeFetched test = new NoticeFetched(real.source(), real.ocid(), real.releaseId(), null, real.tags(), null,
                real.title(), null, real.buyer(), List.of(), List.of(), List.of(), null, null, null, null, false, false,
                null, List.of(), null, "{}", Instant.now(), null, null, null, List.of(), true, List.of());
        NoticeClassified result = classifier.classify(test);
        assertThat(result.category()).isEqualTo(Category.NOT_RELEVANT);
        assertThat(result.possiblyRelevant()).isFalse();
        assertThat(result.reasons()).extracting(Reason::explanation)
                .containsExactly("the publisher marked this a test notice, not a real contract");
    }

    @Test
    void cpvPrefixesHonourExceptionsAndAdditionalCodesCountLess() {
        Organisation nhs = buyer("Example NHS Trust");
        assertThat(classifier.classify(notice("Service", null, nhs, List.of(new Cpv("85111000", null, true)), List.of()))
                .category()).isEqualTo(Category.CLINICAL_OUTSOURCING);
        assertThat(classifier.classify(notice("Service", null, nhs, List.of(new Cpv("85121000", null, true)), List.of()))
                .reasons()).extracting(Reason::rule).doesNotContain("health-cpv");
        NoticeClassified additional = classifier.classify(notice("Service", null, nhs, List.of(new Cpv("85111000", null, false)), List.of()));
        assertThat(additional.category()).isEqualTo(Category.NOT_RELEVANT);
        assertThat(additional.reasons()).filteredOn(r -> r.rule().equals("health-cpv")).extracting(Reason::weight).containsExactly(2.5);
    }

    @Test
    void signalOnlyRulesNameTheOrganisationAndConfidenceGrowsWithTheMargin() {
        Award award = new Award("a1", null, null, null, List.of(new Organisation("s", "Example Clinics Ltd", null, null, List.of("supplier"))));
        NoticeClassified result = classifier.classify(notice("Insourced endoscopy", "insourcing", buyer("Example NHS Trust"),
                List.of(new Cpv("85111000", null, true)), List.of(award)));
        assertThat(result.signals()).contains("private-winner");
        assertThat(result.reasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("company-winner");
            assertThat(r.matched()).isEqualTo("Example Clinics Ltd");
            assertThat(r.weight()).isZero();
        });
        // insourcing 6 (title, counted once) against outsourcing 5: margin 1, steepness 1.
        assertThat(result.confidence()).isCloseTo(1 / (1 + Math.exp(-1)), Offset.offset(1e-9));
        assertThat(result.rulesVersion()).isEqualTo("engine-test");
    }
}
