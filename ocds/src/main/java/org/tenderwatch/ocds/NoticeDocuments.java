package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The notice type (UK1–UK17) and the public notice page, from the documents a release links to. */
final class NoticeDocuments {

    private static final Pattern FIND_A_TENDER_ID = Pattern.compile("\\d{6}-\\d{4}");
    // Contracts Finder release ids are "<notice guid>-<sequence>".
    private static final Pattern CONTRACTS_FINDER_ID = Pattern.compile(
            "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-\\d+");

    private final List<JsonNode> documents = new ArrayList<>();
    private final String releaseId;

    NoticeDocuments(JsonNode release, String releaseId) {
        this.releaseId = releaseId;
        for (String section : List.of("tender", "planning")) {
            documents.addAll(Nodes.array(release.get(section), "documents"));
        }
        for (String section : List.of("awards", "contracts")) {
            for (JsonNode entry : Nodes.array(release, section)) {
                documents.addAll(Nodes.array(entry, "documents"));
            }
        }
    }

    String noticeType() {
        String fallback = null;
        for (JsonNode document : documents) {
            String type = Nodes.text(document, "noticeType");
            if (type != null && releaseId.equals(Nodes.text(document, "id"))) {
                return type;
            }
            fallback = fallback == null ? type : fallback;
        }
        return fallback;
    }

    /**
     * The notice's own page where the release links it, otherwise derived from the publisher's documented id
     * scheme; the publisher is named by the OCID, so a replayed release links to its page as a fetched one does.
     */
    String noticeUrl(String ocid) {
        String publisher = Sources.fromOcid(ocid);
        for (JsonNode document : documents) {
            String url = Nodes.text(document, "url");
            if (url != null && url.matches("https://www\\.(find-tender|contractsfinder)\\.service\\.gov\\.uk/Notice/[^/]+")) {
                return url;
            }
        }
        if (Sources.FIND_A_TENDER.equals(publisher) && FIND_A_TENDER_ID.matcher(releaseId).matches()) {
            return "https://www.find-tender.service.gov.uk/Notice/" + releaseId;
        }
        var contractsFinder = CONTRACTS_FINDER_ID.matcher(releaseId);
        if (Sources.CONTRACTS_FINDER.equals(publisher) && contractsFinder.matches()) {
            return "https://www.contractsfinder.service.gov.uk/Notice/" + contractsFinder.group(1);
        }
        return null;
    }
}
