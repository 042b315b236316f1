package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The notice type (UK1–UK17) and the public notice page, from the release's identifiers and its documents. */
final class NoticeDocuments {

    // Contracts Finder release ids are "<notice guid>-<sequence>".
    private static final Pattern CONTRACTS_FINDER_RELEASE = Pattern.compile(
            "(" + NoticePages.CONTRACTS_FINDER_ID.pattern() + ")-\\d+", Pattern.CASE_INSENSITIVE);

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

    List<JsonNode> all() {
        return documents;
    }

    /**
     * The type of the notice this release is: the document that is this notice (its id is the release id) when there
     * is one, otherwise the last notice type listed, as a compiled release lists its notices oldest first.
     */
    String noticeType() {
        return noticeDocument().map(document -> Nodes.text(document, "noticeType")).orElse(null);
    }

    private Optional<JsonNode> noticeDocument() {
        JsonNode last = null;
        for (JsonNode document : documents) {
            if (Nodes.text(document, "noticeType") == null) {
                continue;
            }
            if (releaseId.equals(Nodes.text(document, "id"))) {
                return Optional.of(document);
            }
            last = document;
        }
        return Optional.ofNullable(last);
    }

    /**
     * The notice's page on the portal that published it ({@code portal}), built from the notice's id: the release id
     * where the portal's ids name notices (Find a Tender, Contracts Finder), otherwise the id of the document that is
     * the notice, or the id in its address when that address is exactly a notice page on the same portal.
     */
    String noticeUrl(String portal) {
        if (Sources.FIND_A_TENDER.equals(portal) && NoticePages.FIND_A_TENDER_ID.matcher(releaseId).matches()) {
            return NoticePages.url(portal, releaseId);
        }
        Matcher contractsFinder = CONTRACTS_FINDER_RELEASE.matcher(releaseId);
        if (Sources.CONTRACTS_FINDER.equals(portal) && contractsFinder.matches()) {
            return NoticePages.url(portal, contractsFinder.group(1));
        }
        List<JsonNode> candidates = new ArrayList<>();
        noticeDocument().ifPresent(candidates::add);
        documents.stream().filter(NoticeDocuments::isNotice).forEach(candidates::add);
        for (JsonNode document : candidates) {
            String byId = NoticePages.url(portal, Nodes.text(document, "id"));
            if (byId != null) {
                return byId;
            }
            Optional<NoticePages.Notice> byAddress = NoticePages.fromUrl(Nodes.text(document, "url"))
                    .filter(notice -> notice.portal().equals(portal));
            if (byAddress.isPresent()) {
                return byAddress.get().url();
            }
        }
        return null;
    }

    /** A document that is a notice itself (contractNotice, awardNotice…) rather than an attachment. */
    static boolean isNotice(JsonNode document) {
        String type = Nodes.text(document, "documentType");
        return Nodes.text(document, "noticeType") != null
                || (type != null && type.toLowerCase(Locale.ROOT).endsWith("notice"));
    }
}
