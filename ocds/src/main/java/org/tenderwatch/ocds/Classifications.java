package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import org.tenderwatch.events.Cpv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CPV codes of the tender, its items and its lots, each code once; the tender's main classification first. */
final class Classifications {

    private Classifications() {
    }

    static List<Cpv> cpv(JsonNode release) {
        Map<String, Cpv> codes = new LinkedHashMap<>();
        JsonNode tender = release.get("tender");
        add(codes, tender == null ? null : tender.get("classification"), true);
        addAll(codes, tender, "additionalClassifications");
        for (String holder : List.of("items", "lots")) {
            for (JsonNode item : Nodes.array(tender, holder)) {
                add(codes, item.get("classification"), false);
                addAll(codes, item, "additionalClassifications");
            }
        }
        for (JsonNode award : Nodes.array(release, "awards")) {
            for (JsonNode item : Nodes.array(award, "items")) {
                add(codes, item.get("classification"), false);
                addAll(codes, item, "additionalClassifications");
            }
        }
        return new ArrayList<>(codes.values());
    }

    private static void addAll(Map<String, Cpv> codes, JsonNode holder, String field) {
        for (JsonNode classification : Nodes.array(holder, field)) {
            add(codes, classification, false);
        }
    }

    private static void add(Map<String, Cpv> codes, JsonNode classification, boolean main) {
        if (classification == null || !classification.isObject()) {
            return;
        }
        String scheme = Nodes.text(classification, "scheme");
        String id = Nodes.text(classification, "id");
        if (id == null || (scheme != null && !scheme.equalsIgnoreCase("CPV"))) {
            return;
        }
        // CPV ids are sometimes published with their check digit ("85100000-0"); the eight digits identify the code.
        String code = id.length() > 8 && id.charAt(8) == '-' ? id.substring(0, 8) : id;
        codes.putIfAbsent(code, new Cpv(code, Nodes.text(classification, "description"), main));
    }
}
