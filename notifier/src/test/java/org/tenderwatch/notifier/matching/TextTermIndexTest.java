package org.tenderwatch.notifier.matching;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TextTermIndexTest {

    @Test
    void keywordsMatchWholeWordsWhateverTheirCase() {
        TextTermIndex keywords = index(true, List.of("mri"), List.of("endoscopy unit"), List.of("ct"));

        assertThat(keywords.accepting("Mobile MRI scanners", Set.of()).stream()).containsExactly(0);
        assertThat(keywords.accepting("new ENDOSCOPY UNIT, phase 2", Set.of()).stream()).containsExactly(1);
        assertThat(keywords.accepting("a contract for CT and MRI", Set.of()).stream()).containsExactly(0, 2);
        assertThat(keywords.accepting("primrix and doctors", Set.of()).stream()).isEmpty();
    }

    @Test
    void aWordEndsWhereNoLetterFollowsSoDigitsAndPunctuationBorderIt() {
        TextTermIndex keywords = index(true, List.of("mri"));

        assertThat(keywords.accepting("MRI2026 programme", Set.of()).stream()).containsExactly(0);
        assertThat(keywords.accepting("(MRI)", Set.of()).stream()).containsExactly(0);
        assertThat(keywords.accepting("MRIs", Set.of()).stream()).isEmpty();
    }

    @Test
    void buyerFragmentsMatchInsideWordsAndIdentifiersExactly() {
        TextTermIndex buyers = index(false, List.of("leeds"), List.of("rr8"));

        assertThat(buyers.accepting("The Leeds Teaching Hospitals NHS Trust", Set.of()).stream()).containsExactly(0);
        assertThat(buyers.accepting("Bleedstown Council", Set.of()).stream()).containsExactly(0);
        assertThat(buyers.accepting("Somewhere else", Set.of("rr8")).stream()).containsExactly(1);
    }

    @Test
    void overlappingPhrasesAreAllFound() {
        TextTermIndex keywords = index(true, List.of("patient transport"), List.of("transport service"));

        assertThat(keywords.accepting("non-emergency patient transport service", Set.of()).stream()).containsExactly(0, 1);
    }

    @Test
    void subscriptionsWithoutPhrasesAcceptAnythingAndAnIndexOfNoneStillAnswers() {
        TextTermIndex none = index(true, List.of(), List.of());

        assertThat(none.accepting("any text", Set.of()).stream()).containsExactly(0, 1);
        assertThat(none.accepting("", Set.of()).stream()).containsExactly(0, 1);
    }

    @Test
    void lettersOutsideAsciiAreMatchedWithoutTheirCase() {
        TextTermIndex keywords = index(true, List.of("gwasanaethau iechyd"), List.of("ysbyty"));

        assertThat(keywords.accepting("GWASANAETHAU IECHYD yng Nghymru", Set.of()).stream()).containsExactly(0);
        assertThat(keywords.accepting("Ysbyty Gwynedd — Ÿsbyty", Set.of()).stream()).containsExactly(1);
    }

    @SafeVarargs
    private static TextTermIndex index(boolean wholeWords, List<String>... phrasesBySubscription) {
        TextTermIndex index = new TextTermIndex(wholeWords);
        for (int i = 0; i < phrasesBySubscription.length; i++) {
            index.add(i, phrasesBySubscription[i]);
        }
        return index.build();
    }
}
