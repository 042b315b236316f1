package org.tenderwatch.ocds;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts each entry of a package's top-level {@code releases} array out of the page text, character for character,
 * using the parser's token offsets. Writing a parsed tree back would change what was published ({@code 1e9999}
 * would come back as {@code 1E+9999}); the evidence must be what the source said.
 */
final class ReleaseTexts {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private ReleaseTexts() {
    }

    /** The text of each entry of {@code releases}, in order; empty when the page has no such array. */
    static List<String> slice(String page) {
        List<String> texts = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(page)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return texts;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("releases".equals(field) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        int start = (int) parser.currentTokenLocation().getCharOffset();
                        parser.skipChildren();
                        parser.finishToken();
                        int end = (int) parser.currentLocation().getCharOffset();
                        texts.add(page.substring(start, end));
                    }
                    return texts;
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            // The page parsed as a tree a moment ago; callers fall back to re-written text if slicing fails.
            return List.of();
        }
        return texts;
    }
}
