package org.tenderwatch.ocds;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class GuardedPatternTest {

    private final GuardedPattern psr = GuardedPattern.of(
            Pattern.compile("\\bpsr (?:intention|notice)|provider selection regime", Pattern.CASE_INSENSITIVE),
            "psr", "provider selection regime");
    private final GuardedPattern stamp = GuardedPattern.of(Pattern.compile("\\b(SC|WA) Ref:\\s*(\\d{4,8})\\b"),
            "C Ref:", "A Ref:");

    @Test
    void findsWhatThePatternFindsInAnyCaseOfACaseInsensitivePattern() {
        assertThat(psr.find("This is a PSR Intention to award")).isTrue();
        assertThat(psr.find("under the Provider Selection REGIME")).isTrue();
        assertThat(psr.find("Psr Notice")).isTrue();
    }

    @Test
    void passesOverTextWithoutAnyOfItsWordsOrWhereThePatternDoesNotMatch() {
        assertThat(psr.find("Community dental services for the ICB")).isFalse();
        assertThat(psr.find("PSRs are mentioned, no notice")).isFalse();
        assertThat(psr.find(null)).isFalse();
        assertThat(psr.matcherOrNull("Community dental services")).isNull();
    }

    @Test
    void looksForTheWordsOfACaseSensitivePatternAsWritten() {
        assertThat(stamp.matcherOrNull("sc ref: 569951")).isNull();
        var matcher = stamp.matcherOrNull("Forwarded (SC Ref:569951)");
        assertThat(matcher).isNotNull();
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group(2)).isEqualTo("569951");
    }
}
