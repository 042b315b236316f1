package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of an OCDS release package: its releases and the {@code links.next} URL, if any. Also reads a
 * single release on its own (a file or a request body that is a release rather than a package). Each release
 * keeps its own text exactly as it stands in the page, so evidence is never re-written.
 *
 * @param rejected entries of {@code releases} that are not JSON objects, with why; the rest of the page is kept
 */
public record ReleasePage(List<RawRelease> releases, List<String> rejected, Optional<String> next) {

    public static ReleasePage parse(String body) throws InvalidOcdsException {
        JsonNode root = OcdsJson.parse(body);
        if (!root.isObject()) {
            throw new InvalidOcdsException("expected a release package or a release (a JSON object), got " + root.getNodeType());
        }
        if (!root.has("releases") && (root.has("ocid") || root.has("id") || root.has("tender"))) {
            return new ReleasePage(List.of(RawRelease.of(root, body)), List.of(), Optional.empty());
        }
        JsonNode releases = root.get("releases");
        if (releases == null || !releases.isArray()) {
            throw new InvalidOcdsException("not a release package: no 'releases' array (fields: " + fieldNames(root) + ")");
        }
        List<String> texts = ReleaseTexts.slice(body);
        List<RawRelease> kept = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < releases.size(); i++) {
            JsonNode release = releases.get(i);
            String text = i < texts.size() ? texts.get(i) : OcdsJson.write(release);
            if (release.isObject()) {
                kept.add(RawRelease.of(release, text));
            } else {
                rejected.add("releases[" + i + "] is " + release.getNodeType() + ", not a release object: " + text);
            }
        }
        return new ReleasePage(List.copyOf(kept), List.copyOf(rejected), nextLink(root));
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
