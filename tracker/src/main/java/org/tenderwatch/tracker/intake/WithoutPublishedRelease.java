package org.tenderwatch.tracker.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.StringWriter;

/**
 * A classified notice's JSON without {@code notice.release}, the release as published: the {@code release} table
 * keeps that once, in {@code original}, and every procurement rebuild reads the payloads of all its releases, so a
 * second copy there would double the table and each rebuild's reading for nothing. Streams token by token.
 */
final class WithoutPublishedRelease {

    private static final JsonFactory JSON = new JsonFactory();

    private WithoutPublishedRelease() {
    }

    static String of(String classified) throws IOException {
        StringWriter out = new StringWriter(classified.length());
        try (JsonParser in = JSON.createParser(classified); JsonGenerator gen = JSON.createGenerator(out)) {
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                if (token == JsonToken.FIELD_NAME && isPublishedRelease(in)) {
                    in.nextToken();
                    in.skipChildren();
                } else {
                    gen.copyCurrentEvent(in);
                }
            }
        }
        return out.toString();
    }

    private static boolean isPublishedRelease(JsonParser in) {
        var context = in.getParsingContext();
        var parent = context.getParent();
        return "release".equals(context.getCurrentName()) && parent != null && "notice".equals(parent.getCurrentName())
                && parent.getParent() != null && parent.getParent().inRoot();
    }
}
