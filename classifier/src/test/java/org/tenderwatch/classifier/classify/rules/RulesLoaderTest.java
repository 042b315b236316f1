package org.tenderwatch.classifier.classify.rules;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesLoaderTest {

    private static final String HEAD = """
            version: "test-1"
            scoring: {threshold: 4}
            rules:
            """;

    @Test
    void loadsTheBundledRules() {
        Rules rules = RulesLoader.bundled();
        assertThat(rules.version()).isNotBlank();
        assertThat(rules.rules()).extracting(Rule::name).contains("insourcing-wording", "staffing", "health-buyer");
        assertThat(rules.specialties()).extracting(Specialty::name).contains("endoscopy", "public-health");
    }

    @Test
    void loadsAFileGivenByPath(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.yml");
        Files.writeString(file, HEAD + """
                  - name: insourcing
                    explanation: speaks of insourcing
                    fields: [title]
                    phrases: [insourced]
                    weights: {clinical_insourcing: 6}
                """);
        assertThat(RulesLoader.load(file.toString()).version()).isEqualTo("test-1");
    }

    @Test
    void namesTheRuleAndTheWrongCategory() {
        assertThatThrownBy(() -> RulesLoader.parse(HEAD + """
                  - name: insourcing
                    explanation: speaks of insourcing
                    fields: [title]
                    phrases: [insourced]
                    weights: {clinical_insorcing: 6}
                """, "test.yml"))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("test.yml")
                .hasMessageContaining("rule 'insourcing'")
                .hasMessageContaining("weights")
                .hasMessageContaining("clinical_insorcing");
    }

    @Test
    void rejectsAnUnknownKeySuchAsATypo() {
        assertThatThrownBy(() -> RulesLoader.parse(HEAD + """
                  - name: insourcing
                    explanation: speaks of insourcing
                    fields: [title]
                    phrase: [insourced]
                    weights: {clinical_insourcing: 6}
                """, "test.yml"))
                .hasMessageContaining("rule 'insourcing'")
                .hasMessageContaining("unknown key 'phrase'");
    }

    @Test
    void rejectsAConditionNoRuleCanMeet() {
        assertThatThrownBy(() -> RulesLoader.parse(HEAD + """
                  - name: insourcing
                    explanation: speaks of insourcing
                    fields: [title]
                    phrases: [insourced]
                    weights: {clinical_insourcing: 6}
                    requires: [helth-buyer]
                """, "test.yml"))
                .hasMessageContaining("rule 'insourcing'")
                .hasMessageContaining("'helth-buyer'");
    }

    @Test
    void rejectsASpecialtyOrSignalOutsideTheSharedVocabulary() {
        assertThatThrownBy(() -> RulesLoader.parse(HEAD + """
                  - name: insourcing
                    explanation: speaks of insourcing
                    fields: [title]
                    phrases: [insourced]
                    weights: {clinical_insourcing: 6}
                specialties:
                  podiatry: {phrases: [podiatr*]}
                """, "test.yml")).hasMessageContaining("specialty 'podiatry'").hasMessageContaining("shared vocabulary");
        assertThatThrownBy(() -> RulesLoader.parse(HEAD + """
                  - name: weekend-lists
                    explanation: weekend lists
                    fields: [title]
                    phrases: [weekend lists]
                    signal: weekend-lists
                """, "test.yml")).hasMessageContaining("rule 'weekend-lists'").hasMessageContaining("'weekend-lists' is not in the shared vocabulary");
        assertThat(RulesLoader.bundled().specialties()).extracting(Specialty::name)
                .containsExactlyInAnyOrderElementsOf(org.tenderwatch.events.Vocabulary.specialtyIds());
    }

    @Test
    void rejectsPhrasesWithoutFieldsAndUnknownFields() {
        assertThatThrownBy(() -> RulesLoader.parse(HEAD + """
                  - name: insourcing
                    explanation: speaks of insourcing
                    phrases: [insourced]
                    weights: {clinical_insourcing: 6}
                """, "test.yml")).hasMessageContaining("rule 'insourcing'").hasMessageContaining("fields");
        assertThatThrownBy(() -> RulesLoader.parse(HEAD + """
                  - name: insourcing
                    explanation: speaks of insourcing
                    fields: [titel]
                    phrases: [insourced]
                    weights: {clinical_insourcing: 6}
                """, "test.yml")).hasMessageContaining("rule 'insourcing'").hasMessageContaining("unknown field 'titel'");
    }

    @Test
    void rejectsDuplicateNamesBadCpvAndRulesThatDoNothing() {
        String rule = """
                  - name: twice
                    explanation: x
                    cpv: ["85"]
                    weights: {clinical_outsourcing: 1}
                """;
        assertThatThrownBy(() -> RulesLoader.parse(HEAD + rule + rule, "t.yml")).hasMessageContaining("rule 'twice'")
                .hasMessageContaining("another rule");
        assertThatThrownBy(() -> RulesLoader.parse(HEAD + """
                  - name: bad-cpv
                    explanation: x
                    cpv: ["85-1"]
                    weights: {clinical_outsourcing: 1}
                """, "t.yml")).hasMessageContaining("rule 'bad-cpv'").hasMessageContaining("'85-1'");
        assertThatThrownBy(() -> RulesLoader.parse(HEAD + """
                  - name: idle
                    explanation: x
                    cpv: ["85"]
                """, "t.yml")).hasMessageContaining("rule 'idle'").hasMessageContaining("neither weights nor signal");
    }

    @Test
    void reportsBrokenYamlAndAMissingFile() {
        assertThatThrownBy(() -> RulesLoader.parse("version: [", "broken.yml")).hasMessageContaining("broken.yml")
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> RulesLoader.load("/no/such/rules.yml")).hasMessageContaining("/no/such/rules.yml");
    }
}
