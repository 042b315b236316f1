package org.tenderwatch.ocds;

/** Names the publisher of a release from its OCID prefix, which each publisher registers with OCDS. */
public final class Sources {

    public static final String CONTRACTS_FINDER = "contracts-finder";
    public static final String FIND_A_TENDER = "find-a-tender";
    public static final String PUBLIC_CONTRACTS_SCOTLAND = "public-contracts-scotland";
    public static final String SELL2WALES = "sell2wales";
    public static final String REPLAY = "replay";

    private Sources() {
    }

    public static String fromOcid(String ocid) {
        if (ocid == null) {
            return REPLAY;
        }
        if (ocid.startsWith("ocds-b5fd17-")) {
            return CONTRACTS_FINDER;
        }
        if (ocid.startsWith("ocds-h6vhtk-")) {
            return FIND_A_TENDER;
        }
        if (ocid.startsWith("ocds-r6ebe6-")) {
            return PUBLIC_CONTRACTS_SCOTLAND;
        }
        if (ocid.startsWith("ocds-kuma6s-")) {
            return SELL2WALES;
        }
        return REPLAY;
    }
}
