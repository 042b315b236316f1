package org.tenderwatch.events;

/**
 * Names for the signal ids code refers to; every signal {@link NoticeClassified#signals()} may carry is listed, with
 * its display name, in {@link Vocabulary}. Strings rather than an enum so that a signal added to the vocabulary needs
 * no new event version.
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

    private Signal() {
    }

    /** The signal in words people read ("the buyer is an NHS or health body"); an unknown signal as it is. */
    public static String plainWords(String signal) {
        return Vocabulary.signalName(signal);
    }
}
