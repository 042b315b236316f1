package org.tenderwatch.classifier.classify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTest {

    private final TextNormaliser normaliser = new TextNormaliser(List.of("in", "out", "non"));

    @Test
    void joinsAHyphenAfterAPrefixSoInSourcedIsInsourced() {
        assertThat(normaliser.normalise("In-Sourced Endoscopy")).isEqualTo("insourced endoscopy");
        assertThat(normaliser.normalise("Non-Emergency Patient Transport")).isEqualTo("nonemergency patient transport");
    }

    @Test
    void turnsOtherHyphensAndPunctuationIntoSingleSpaces() {
        assertThat(normaliser.normalise("Step-up, step-down & rehabilitation;  beds")).isEqualTo("step up step down and rehabilitation beds");
    }

    @Test
    void dropsApostrophesAccentsAndShortHtmlTags() {
        assertThat(normaliser.normalise("the Trust’s sites<br/>Café")).isEqualTo("the trusts sites cafe");
    }

    @Test
    void repairsMojibakeBeforeMatching() {
        assertThat(normaliser.normalise("the Trustâ€™s premises, Â£5m")).isEqualTo("the trusts premises 5m");
    }

    @Test
    void foldsAllCapitalsAndHtmlEntities() {
        assertThat(normaliser.normalise("INSCOURED SERVICES &amp; LISTS")).isEqualTo("inscoured services and lists");
    }

    @Test
    void givesEmptyTextForNothing() {
        assertThat(normaliser.normalise(null)).isEmpty();
        assertThat(normaliser.normalise(" -- ")).isEmpty();
    }
}
