package org.tenderwatch.ocds;

import java.util.regex.Pattern;

/**
 * Phrases that say what a legacy-form notice is when its form does not: Provider Selection Regime notices are
 * published on the old forms (award or transparency notices) and recognisable only by their boilerplate.
 */
final class NoticeWording {

    private static final GuardedPattern PROVIDER_SELECTION = GuardedPattern.of(Pattern.compile(
            "provider selection regime|\\(psr\\b|\\bpsr\\)|\\bpsr (?:intention|intent|confirmation|notice|regulations|wales)"
                    + "|most suitable provider|direct award (?:process )?[abc]\\b|direct award [abc] process",
            Pattern.CASE_INSENSITIVE), "psr", "provider selection regime", "most suitable provider", "direct award");
    // "attention to award" is a misspelling seen in real notices.
    private static final GuardedPattern INTENTION_TO_AWARD = GuardedPattern.of(Pattern.compile(
            "\\b(?:intention|intent|attention) to award|\\bintends? to award", Pattern.CASE_INSENSITIVE), "to award");
    private static final GuardedPattern CONFIRMATION_OF_AWARD = GuardedPattern.of(Pattern.compile(
            "confirmation of (?:the )?(?:contract )?award", Pattern.CASE_INSENSITIVE), "confirmation of");
    private static final GuardedPattern TRANSPARENCY = GuardedPattern.of(Pattern.compile(
            "voluntary ex[- ]ante transparency|\\bveat\\b", Pattern.CASE_INSENSITIVE), "transparency", "veat");
    private static final GuardedPattern WELSH_REGIME = GuardedPattern.of(Pattern.compile("psr wales|provider selection regime wales|"
            + "health service procurement \\(wales\\)", Pattern.CASE_INSENSITIVE), "wales");

    private NoticeWording() {
    }

    static boolean providerSelectionRegime(String text) {
        return find(PROVIDER_SELECTION, text);
    }

    static boolean welshProviderSelection(String text) {
        return find(WELSH_REGIME, text);
    }

    static boolean intentionToAward(String text) {
        return find(INTENTION_TO_AWARD, text);
    }

    static boolean confirmationOfAward(String text) {
        return find(CONFIRMATION_OF_AWARD, text);
    }

    static boolean transparencyNotice(String text) {
        return find(TRANSPARENCY, text);
    }

    private static boolean find(GuardedPattern pattern, String text) {
        return pattern.find(text);
    }
}
