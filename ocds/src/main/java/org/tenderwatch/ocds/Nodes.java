package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Null-safe reading of OCDS fields, which are optional almost everywhere. */
final class Nodes {

    // Contracts Finder publishes UK local times; a time without an offset is read in the same zone.
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private Nodes() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (item.isObject()) {
                    items.add(item);
                }
            });
        }
        return items;
    }

    static List<String> strings(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        List<String> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (item.isTextual() && !item.asText().isBlank()) {
                    items.add(item.asText().strip());
                }
            });
        } else if (value != null && value.isTextual() && !value.asText().isBlank()) {
            items.add(value.asText().strip());
        }
        return items;
    }

    /** Reads an ISO date-time; a malformed one is reported and left out rather than guessed. */
    static OffsetDateTime dateTime(JsonNode node, String field, Consumer<String> anomalies) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(UK).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                anomalies.accept(field + " '" + text + "' is not an ISO date-time: left out");
                return null;
            }
        }
    }

    static boolean flag(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && (value.isBoolean() ? value.asBoolean() : "true".equalsIgnoreCase(value.asText()));
    }
}
