package org.tenderwatch.ocds;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of an OCDS release package: its releases and the {@code links.next} URL, if any. Also reads a
 * single release on its own (a file or a request body that is a release rather than a package).
 *
 * <p>The page is read once, as a stream: each entry of {@code releases} is parsed into a tree and, from the parser's
 * offsets, its text is cut out of the page character for character. Writing a parsed tree back would change what
 * was published ({@code 1e9999} would come back as {@code 1E+9999}); the evidence must be what the source said.
 *
 * @param rejected entries of {@code releases} that are not JSON objects, with why; the rest of the page is kept
 */
public record ReleasePage(List<RawRelease> releases, List<String> rejected, Optional<String> next) {

    public static ReleasePage parse(String text) throws InvalidOcdsException {
        // Offsets below are into the text the parser reads, so the byte-order mark goes first.
        String body = OcdsJson.withoutByteOrderMark(text);
        try (JsonParser parser = OcdsJson.parser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidOcdsException("expected a release package or a release (a JSON object), got "
                        + OcdsJson.parse(body).getNodeType());
            }
            ObjectNode root = OcdsJson.object();
            List<RawRelease> kept = new ArrayList<>();
            List<String> rejected = new ArrayList<>();
            boolean releasesRead = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && "releases".equals(field)) {
                    readReleases(parser, body, kept, rejected);
                    releasesRead = true;
                } else {
                    root.set(field, parser.readValueAsTree());
                }
            }
            if (!releasesRead) {
                return single(root, body);
            }
            return new ReleasePage(List.copyOf(kept), List.copyOf(rejected), nextLink(root));
        } catch (JsonProcessingException e) {
            throw OcdsJson.invalid(e);
        } catch (IOException e) {
            throw new InvalidOcdsException("could not read the page: " + e.getMessage(), e);
        }
    }

    private static void readReleases(JsonParser parser, String page, List<RawRelease> kept, List<String> rejected)
            throws IOException {
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            int start = (int) parser.currentTokenLocation().getCharOffset();
            JsonNode release = parser.readValueAsTree();
            String text = page.substring(start, (int) parser.currentLocation().getCharOffset());
            if (release.isObject()) {
                kept.add(RawRelease.of(release, text));
            } else {
                rejected.add("releases[" + i + "] is " + release.getNodeType() + ", not a release object: " + text);
            }
        }
    }

    /** An object without a {@code releases} array: a release on its own, or not OCDS at all. */
    private static ReleasePage single(ObjectNode root, String body) throws InvalidOcdsException {
        if (!root.has("releases") && (root.has("ocid") || root.has("id") || root.has("tender"))) {
            return new ReleasePage(List.of(RawRelease.of(root, body)), List.of(), Optional.empty());
        }
        throw new InvalidOcdsException("not a release package: no 'releases' array (fields: " + fieldNames(root) + ")");
    }

    private static Optional<String> nextLink(JsonNode root) {
        JsonNode next = root.path("links").path("next");
        return next.isTextual() && !next.asText().isBlank() ? Optional.of(next.asText()) : Optional.empty();
    }

    private static String fieldNames(JsonNode root) {
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
