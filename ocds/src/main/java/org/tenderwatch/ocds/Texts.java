package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Title and description: repaired, joined without repeats, and bounded in size. */
final class Texts {

    static final int MAX_TITLE = 1_000;
    static final int MAX_DESCRIPTION = 50_000;

    private Texts() {
    }

    static String title(JsonNode release, Consumer<String> anomalies) {
        String title = Nodes.text(release.get("tender"), "title");
        if (title == null) {
            title = Nodes.text(release, "title");
        }
        for (String section : List.of("awards", "contracts")) {
            for (JsonNode entry : Nodes.array(release, section)) {
                title = title == null ? Nodes.text(entry, "title") : title;
            }
        }
        return bounded("title", repaired("title", title, anomalies), MAX_TITLE, anomalies);
    }

    /** Release, tender, lot, award and contract descriptions, each distinct one once, in that order. */
    static String description(JsonNode release, Consumer<String> anomalies) {
        Set<String> parts = new LinkedHashSet<>();
        JsonNode tender = release.get("tender");
        addIfPresent(parts, Nodes.text(release, "description"));
        addIfPresent(parts, Nodes.text(tender, "description"));
        for (JsonNode lot : Nodes.array(tender, "lots")) {
            addIfPresent(parts, Nodes.text(lot, "description"));
        }
        for (String section : List.of("awards", "contracts")) {
            for (JsonNode entry : Nodes.array(release, section)) {
                addIfPresent(parts, Nodes.text(entry, "description"));
            }
        }
        String joined = parts.isEmpty() ? null : String.join("\n\n", parts);
        return bounded("description", repaired("description", joined, anomalies), MAX_DESCRIPTION, anomalies);
    }

    static String repaired(String field, String text, Consumer<String> anomalies) {
        String repaired = Mojibake.repair(text);
        if (repaired != null && !repaired.equals(text)) {
            anomalies.accept(field + " had mis-encoded characters: repaired");
        }
        return repaired;
    }

    private static void addIfPresent(Set<String> parts, String text) {
        if (text != null) {
            parts.add(text.replace("\r\n", "\n"));
        }
    }

    private static String bounded(String field, String text, int max, Consumer<String> anomalies) {
        if (text == null || text.length() <= max) {
            return text;
        }
        anomalies.accept(field + " of " + text.length() + " characters cut to " + max);
        return text.substring(0, max);
    }
}
