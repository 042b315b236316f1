package org.tenderwatch.events;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {

    @Test
    void listsTheLabelledSpecialtiesClinicalFirstWithNames() {
        assertThat(Vocabulary.clinicalSpecialties()).extracting(Vocabulary.Term::id).startsWith("endoscopy", "gastroenterology")
                .contains("mental-health", "public-health").doesNotContain("catering");
        assertThat(Vocabulary.supportServices()).extracting(Vocabulary.Term::id).contains("catering", "fm-estates", "records-coding");
        assertThat(Vocabulary.specialties()).hasSize(Vocabulary.clinicalSpecialties().size() + Vocabulary.supportServices().size());
        assertThat(Vocabulary.specialtyName("ent")).isEqualTo("Ear, nose and throat");
        assertThat(Vocabulary.isSpecialty("podiatry")).isFalse();
        assertThat(Vocabulary.specialties()).allSatisfy(t -> assertThat(t.id()).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void everySignalConstantIsInTheVocabulary() {
        assertThat(Arrays.stream(Signal.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers())).map(f -> {
            try {
                return (String) f.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        })).allMatch(Vocabulary::isSignal);
        assertThat(Vocabulary.signalName(Signal.PSR_DIRECT_AWARD_C)).isEqualTo("PSR direct award C (incumbent continues)");
        assertThat(Vocabulary.isSignal("weekend-lists")).isFalse();
    }
}
