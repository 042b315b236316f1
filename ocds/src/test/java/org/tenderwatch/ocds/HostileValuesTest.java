package org.tenderwatch.ocds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tenderwatch.events.NoticeFetched;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Values that stored or read downstream would fail: NUL and other unstorable characters, money out of any sane
 * range. Built from a real recorded Find a Tender release, damaged the way such values have arrived.
 */
class HostileValuesTest {

    private final ReleaseNormaliser normaliser = new ReleaseNormaliser(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
    private final String real = SharedData.read("packages/find-a-tender-notice-package-032703-2026.json");
    private final String title = "HARROGATE TOWN DISTRICT HEATING PROJECT - Feasibility Study";

    @ParameterizedTest(name = "amount {0} is left out: {1}")
    @CsvSource(delimiter = '|', value = {
            "1e-20000     | is above 0 but below a penny",
            "1e999999999  | is above 10 trillion",
            "-33721       | is negative",
            "0.001        | is above 0 but below a penny"})
    void leavesOutMoneyOutsideASaneRangeAndSaysWhy(String amount, String why) throws Exception {
        Normalised normalised = normaliser.normalise(Sources.FIND_A_TENDER, real.replace("\"amount\": 33721", "\"amount\": " + amount));

        assertThat(normalised.notice().tenderValue()).as("never turned into 0 or kept").isNull();
        assertThat(normalised.anomalies()).anySatisfy(a -> assertThat(a).contains("tender.value.amount", why, "left out"));
    }

    @Test
    void keepsZeroAndOrdinaryAmounts() throws Exception {
        assertThat(normaliser.normalise(Sources.FIND_A_TENDER, real.replace("\"amount\": 33721", "\"amount\": 0"))
                .notice().tenderValue().amount()).isZero();
        assertThat(normaliser.normalise(Sources.FIND_A_TENDER, real).notice().tenderValue().amount()).isEqualByComparingTo("33721");
    }

    @Test
    void removesAnEscapedNulFromTheTitleAndTheReleaseItTravelsWith() throws Exception {
        Normalised normalised = normaliser.normalise(Sources.FIND_A_TENDER, real.replace(title, "HARROGATE TOWN\\u0000 DISTRICT HEATING PROJECT - Feasibility Study"));

        NoticeFetched notice = normalised.notice();
        assertThat(notice.title()).isEqualTo(title);
        assertThat(notice.release()).doesNotContain("\u0000", "\\u0000").contains(title);
        assertThat(normalised.anomalies()).anySatisfy(a -> assertThat(a).contains("NUL", "tender.title"));
    }

    @Test
    void readsARawControlCharacterInsteadOfLosingThePageAndRemovesIt() throws Exception {
        String page = real.replace(title, "HARROGATE\u0000\u0007 TOWN DISTRICT HEATING PROJECT - Feasibility Study");
        assertThat(page).contains("\u0000");

        Normalised normalised = normaliser.normalise(Sources.FIND_A_TENDER, ReleasePage.parse(page).releases().get(0));

        assertThat(normalised.notice().title()).isEqualTo(title);
        assertThat(StorableText.unstorable(normalised.notice().release())).isFalse();
        assertThat(normalised.anomalies()).anySatisfy(a -> assertThat(a).contains("removed from", "tender.title"));
    }

    @Test
    void removesHalfASurrogatePairAndKeepsWholeOnes() {
        assertThat(StorableText.cleaned("NHS \ud83c\udfe5 \ud800trust\udc00")).isEqualTo("NHS \ud83c\udfe5 trust");
        assertThat(StorableText.escaped("a\u0000b")).isEqualTo("a\\u0000b");
        String clean = "Tab\tand\nnewline stay";
        assertThat(StorableText.cleaned(clean)).isSameAs(clean);
    }

    @Test
    void refusesAReleaseWhoseIdHoldsANulRatherThanAlteringItsIdentity() {
        String damaged = real.replace("\"id\": \"032703-2026\"", "\"id\": \"032703\\u0000-2026\"");
        assertThat(damaged).isNotEqualTo(real);

        assertThatThrownBy(() -> normaliser.normalise(Sources.FIND_A_TENDER, damaged))
                .isInstanceOf(InvalidOcdsException.class)
                .hasMessageContaining("032703\\u0000-2026").hasMessageContaining("holds NUL");
    }

    @Test
    void readsAPageSavedWithAByteOrderMark() throws Exception {
        ReleasePage page = ReleasePage.parse("\uFEFF" + real);

        assertThat(page.releases()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo("032703-2026"));
        assertThat(page.releases().get(0).text()).startsWith("{");
        assertThat(List.of(normaliser.normalise(Sources.FIND_A_TENDER, page.releases().get(0)).notice().title())).containsExactly(title);
    }
}
