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
            .build();

    private OcdsJson() {
    }

    /** Parses JSON text, or explains in one line why it is not JSON. */
    public static JsonNode parse(String text) throws InvalidOcdsException {
        requireText(text);
        try {
            return MAPPER.readTree(text);
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
