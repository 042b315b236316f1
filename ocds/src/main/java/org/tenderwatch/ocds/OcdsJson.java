package org.tenderwatch.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

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
        if (text == null || text.isBlank()) {
            throw new InvalidOcdsException("empty body where OCDS JSON was expected");
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidOcdsException("not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()), e);
        }
    }

    /** Writes a node back to compact JSON text. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree could not be written back", e);
        }
    }
}
