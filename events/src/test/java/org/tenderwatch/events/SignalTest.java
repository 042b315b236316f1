package org.tenderwatch.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignalTest {

    @Test
    void signalsAreShownToPeopleInPlainWords() {
        assertThat(Signal.plainWords(Signal.HEALTH_BUYER)).isEqualTo("the buyer is an NHS or health body");
        assertThat(Signal.plainWords(Signal.IN_HOUSE_RETURN)).isEqualTo("work brought back in-house");
        assertThat(Signal.plainWords(Signal.SUBSIDIARY_COMPANY)).isEqualTo("moved to a trust-owned company");
        assertThat(Signal.plainWords("a-signal-a-rules-file-added")).isEqualTo("a-signal-a-rules-file-added");
    }
}
