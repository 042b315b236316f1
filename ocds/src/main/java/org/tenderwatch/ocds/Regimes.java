package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * The legal regime a procurement runs under, from {@code tender.legalBasis}: its published description, else the
 * name of a well-known act or directive, else {@code "<scheme> <id>"} as published. Provider Selection Regime
 * notices are published on legacy forms whose legal basis is the old directive, so their boilerplate decides.
 */
final class Regimes {

    static final String PROVIDER_SELECTION_REGIME = "Health Care Services (Provider Selection Regime) Regulations 2023";
    static final String PROVIDER_SELECTION_REGIME_WALES = "Provider Selection Regime (Wales)";

    private static final Map<String, String> KNOWN = Map.of(
            "UKPGA 2023/54", "Procurement Act 2023",
            "CELEX 32014L0024", "Public Contracts Regulations 2015 (Directive 2014/24/EU)",
            "CELEX 32014L0025", "Utilities Contracts Regulations 2016 (Directive 2014/25/EU)",
            "CELEX 32014L0023", "Concession Contracts Regulations 2016 (Directive 2014/23/EU)",
            "CELEX 32009L0081", "Defence and Security Public Contracts Regulations 2011 (Directive 2009/81/EC)");

    private Regimes() {
    }

    static String of(JsonNode tender, String text) {
        if (NoticeWording.welshProviderSelection(text)) {
            return PROVIDER_SELECTION_REGIME_WALES;
        }
        if (NoticeWording.providerSelectionRegime(text)
                && (NoticeWording.intentionToAward(text) || NoticeWording.confirmationOfAward(text)
                || text.contains("Provider Selection Regime) Regulations"))) {
            return PROVIDER_SELECTION_REGIME;
        }
        JsonNode legalBasis = tender == null ? null : tender.get("legalBasis");
        if (legalBasis == null || !legalBasis.isObject()) {
            return null;
        }
        String description = Nodes.text(legalBasis, "description");
        if (description != null) {
            return description;
        }
        String scheme = Nodes.text(legalBasis, "scheme");
        String id = Nodes.text(legalBasis, "id");
        if (id == null) {
            return null;
        }
        String published = scheme == null ? id : scheme + " " + id;
        return KNOWN.getOrDefault(published, published);
    }
}
