package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The identity of a release. OCDS requires {@code id}, but Public Contracts Scotland publishes every release without
 * one; a release is then named by what makes it distinct within its procurement and stays the same on every
 * re-read: {@code <ocid>/<date>/<tags>}, e.g. {@code ocds-r6ebe6-0000530300/2019-04-25T00:00:00Z/tender}. Two such
 * releases of one procurement on the same date with the same tags would share an identity, and the second would be
 * taken for a re-read of the first; a portal that publishes one release per notice does not produce that pair.
 */
final class ReleaseIdentity {

    private ReleaseIdentity() {
    }

    /** The release's own id when it has one, otherwise the derived identity; null when not even that can be made. */
    static String of(RawRelease raw) {
        if (raw.id() != null) {
            return raw.id();
        }
        if (raw.ocid() == null) {
            return null;
        }
        JsonNode json = raw.json();
        String date = Nodes.text(json, "date");
        List<String> tags = new ArrayList<>(Nodes.strings(json, "tag"));
        if (date == null && tags.isEmpty()) {
            return null;
        }
        return raw.ocid() + "/" + (date == null ? "undated" : date) + "/" + (tags.isEmpty() ? "untagged" : String.join("+", tags));
    }
}
