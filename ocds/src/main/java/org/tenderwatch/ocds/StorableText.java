package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text that a database or a JSON reader can hold. PostgreSQL refuses NUL in text and {@code \u0000} in jsonb; JSON
 * readers refuse raw control characters and many refuse unpaired surrogates. Sources have published all three, and
 * one such character used to stop a source's window for good; they are removed where text enters, and reported.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Whether the text holds NUL, a control character other than tab, newline and carriage return, or half a surrogate pair. */
    public static boolean unstorable(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (bad(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The text without those characters; the same instance when it had none. */
    public static String cleaned(String text) {
        if (!unstorable(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!bad(text, i)) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }

    /**
     * The text with those characters written as visible {@code \\uXXXX} escapes: for keeping bad input as it was
     * (a dead letter, an error message) in a column that cannot hold the characters themselves.
     */
    public static String escaped(String text) {
        if (!unstorable(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (bad(text, i)) {
                kept.append(String.format("\\u%04x", (int) c));
            } else {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * A copy of the tree with every unstorable character removed from its text values and field names, or null when
     * there was none, so that a clean release (nearly all of them) costs one scan and no copy.
     */
    static JsonNode cleanedTree(JsonNode tree, List<String> changed) {
        List<String> found = new ArrayList<>();
        collect(tree, "", found);
        if (found.isEmpty()) {
            return null;
        }
        changed.addAll(found);
        return clean(tree.deepCopy());
    }

    private static void collect(JsonNode node, String path, List<String> found) {
        if (node.isTextual() && unstorable(node.textValue())) {
            found.add(path.isEmpty() ? "(value)" : path);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (unstorable(field.getKey())) {
                    found.add(escaped(at) + " (field name)");
                }
                collect(field.getValue(), escaped(at), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private static JsonNode clean(JsonNode node) {
        if (node.isTextual()) {
            return unstorable(node.textValue()) ? new TextNode(cleaned(node.textValue())) : node;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            ObjectNode rebuilt = object.objectNode();
            object.fields().forEachRemaining(field -> rebuilt.set(cleaned(field.getKey()), clean(field.getValue())));
            return rebuilt;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, clean(array.get(i)));
            }
        }
        return node;
    }

    private static boolean bad(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
