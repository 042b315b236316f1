package org.tenderwatch.ocds;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MojibakeTest {

    @Test
    void repairsPoundSignsAndQuotesDecodedAsWindows1252() {
        assertThat(Mojibake.repair("budget of Â£1.2m for the Trustâ€™s lists")).isEqualTo("budget of £1.2m for the Trust’s lists");
    }

    @Test
    void leavesCorrectTextAlone() {
        assertThat(Mojibake.repair("Café £5 – naïve")).isEqualTo("Café £5 – naïve");
        assertThat(Mojibake.suspect("plain ascii")).isFalse();
    }

    @Test
    void repairsOnlyTheBrokenRunInMixedText() {
        assertThat(Mojibake.repair("£5 already fine, Â£6 broken")).isEqualTo("£5 already fine, £6 broken");
    }
}
