package org.tenderwatch.events;

import java.util.Map;

/**
 * The vocabulary of {@link NoticeClassified#signals()}: facts people filter on. Strings rather than an enum so
 * that the rules file can add signals without a new event version.
 */
public final class Signal {

    public static final String HEALTH_BUYER = "health-buyer";
    public static final String PRIVATE_WINNER = "private-winner";
    public static final String NHS_WINNER = "nhs-winner";
    public static final String KNOWN_INSOURCING_PROVIDER = "known-insourcing-provider";
    public static final String KNOWN_INDEPENDENT_PROVIDER = "known-independent-provider";
    public static final String FRAMEWORK_ESTABLISHMENT = "framework-establishment";
    public static final String CALL_OFF = "call-off";
    public static final String PSR = "psr";
    public static final String PSR_DIRECT_AWARD_A = "psr-direct-award-a";
    public static final String PSR_DIRECT_AWARD_B = "psr-direct-award-b";
    public static final String PSR_DIRECT_AWARD_C = "psr-direct-award-c";
    public static final String PSR_MOST_SUITABLE_PROVIDER = "psr-most-suitable-provider";
    public static final String PSR_COMPETITIVE = "psr-competitive";
    public static final String PSR_URGENT_AWARD = "psr-urgent-award";
    public static final String EVENINGS_WEEKENDS = "evenings-weekends";
    public static final String WAITING_LIST = "waiting-list";
    /** "Insourcing" in the unions' sense: work or staff brought back in-house. Not clinical insourcing. */
    public static final String IN_HOUSE_RETURN = "in-house-return";
    /** Staff or services moved to a company the trust owns ("SubCo", wholly owned subsidiary). Not clinical insourcing. */
    public static final String SUBSIDIARY_COMPANY = "subsidiary-company";

    private static final Map<String, String> PLAIN_WORDS = Map.ofEntries(
            Map.entry(HEALTH_BUYER, "the buyer is an NHS or health body"),
            Map.entry("health-context", "the notice names an NHS body or a health service"),
            Map.entry("commissioner-buyer", "the buyer commissions care (ICB, CCG, CSU, NHS England)"),
            Map.entry(PRIVATE_WINNER, "a company won"),
            Map.entry(NHS_WINNER, "an NHS body won"),
            Map.entry(KNOWN_INSOURCING_PROVIDER, "a known insourcing company"),
            Map.entry(KNOWN_INDEPENDENT_PROVIDER, "a known independent-sector provider"),
            Map.entry(FRAMEWORK_ESTABLISHMENT, "sets up a framework"),
            Map.entry(CALL_OFF, "a call-off from a framework"),
            Map.entry(PSR, "awarded under the Provider Selection Regime"),
            Map.entry(PSR_DIRECT_AWARD_A, "PSR direct award A (only capable provider)"),
            Map.entry(PSR_DIRECT_AWARD_B, "PSR direct award B (patient choice)"),
            Map.entry(PSR_DIRECT_AWARD_C, "PSR direct award C (incumbent continues)"),
            Map.entry(PSR_MOST_SUITABLE_PROVIDER, "PSR most suitable provider"),
            Map.entry(PSR_COMPETITIVE, "PSR competitive process"),
            Map.entry(PSR_URGENT_AWARD, "PSR urgent award"),
            Map.entry(EVENINGS_WEEKENDS, "runs evenings or weekends"),
            Map.entry(WAITING_LIST, "about waiting lists or elective recovery"),
            Map.entry(IN_HOUSE_RETURN, "work brought back in-house"),
            Map.entry(SUBSIDIARY_COMPANY, "moved to a trust-owned company"),
            Map.entry("public-health", "a public-health service"),
            Map.entry("clinical-service", "a clinical service"),
            Map.entry("clinical-cpv", "a health-service CPV code"),
            Map.entry("support-service", "a support service"));

    private Signal() {
    }

    /** The signal in words people read ("the buyer is an NHS or health body"); an unknown signal as it is. */
    public static String plainWords(String signal) {
        return PLAIN_WORDS.getOrDefault(signal, signal);
    }
}
