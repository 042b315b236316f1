package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One release as it stood in a package: its parsed tree and its JSON text, which travels on as evidence.
 * {@code ocid} and {@code id} are null when the release lacks them (it will be rejected by the normaliser).
 */
public record RawRelease(String ocid, String id, JsonNode json, String text) {

    static RawRelease of(JsonNode json, String text) {
        return new RawRelease(textOrNull(json.get("ocid")), textOrNull(json.get("id")), json, text);
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }
}
