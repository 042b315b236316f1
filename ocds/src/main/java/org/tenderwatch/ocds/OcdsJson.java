package org.tenderwatch.ocds;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * The one JSON reader for OCDS. Numbers are read as {@link java.math.BigDecimal} so that values such as
 * {@code 1e9999}, which Find a Tender has published, are kept as written instead of becoming infinity.
 */
public final class OcdsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // A raw control character in one title must not cost the whole page: it is read, then removed and
            // reported by the normaliser (StorableText).
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private OcdsJson() {
    }

    /** Parses JSON text, or explains in one line why it is not JSON. */
    public static JsonNode parse(String text) throws InvalidOcdsException {
        requireText(text);
        try {
            return MAPPER.readTree(withoutByteOrderMark(text));
        } catch (JsonProcessingException e) {
            throw invalid(e);
        }
    }

    /** A streaming parser over the text whose {@code readValueAsTree} reads numbers as {@link #parse} does. */
    static JsonParser parser(String text) throws InvalidOcdsException {
        requireText(text);
        try {
            return MAPPER.createParser(text);
        } catch (IOException e) {
            throw new InvalidOcdsException("could not read the text as JSON: " + e.getMessage(), e);
        }
    }

    /** Text saved with a UTF-8 byte-order mark, as some editors and Windows tools write files, starts with U+FEFF. */
    static String withoutByteOrderMark(String text) {
        return text != null && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** JSON text of a tree: for a release that had to be cleaned, the only case where its text is not the source's. */
    static String write(JsonNode tree) throws InvalidOcdsException {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new InvalidOcdsException("could not write the cleaned release as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static InvalidOcdsException invalid(JsonProcessingException e) {
        return new InvalidOcdsException("not valid JSON: " + e.getOriginalMessage()
                + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr()), e);
    }

    private static void requireText(String text) throws InvalidOcdsException {
        if (text == null || text.isBlank()) {
            throw new InvalidOcdsException("empty body where OCDS JSON was expected");
        }
    }
}
