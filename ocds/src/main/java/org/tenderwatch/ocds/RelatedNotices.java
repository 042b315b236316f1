package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import org.tenderwatch.events.RelatedNotice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other notices of the same procurement that one release can name by itself, most certain first:
 * <ul>
 *   <li>{@code same-ocid}: the release came from one portal under another portal's OCID;</li>
 *   <li>{@code referenced}: the release points at the other notice where OCDS says a related process or document is
 *       (a Find a Tender publication reference such as {@code 2025/S 000-000842} in {@code relatedProcesses}, another
 *       portal's notice page among its documents), or carries the reference stamp another portal puts on the notices
 *       it forwards ({@code SC Ref:569951}, {@code WA Ref:148138});</li>
 *   <li>{@code mentioned}: another notice's page or Find a Tender reference appears in its free text; that can be
 *       this procurement elsewhere, or a framework it calls off or an earlier procurement.</li>
 * </ul>
 * The release's own notice is never among them.
 */
final class RelatedNotices {

    // Find a Tender numbers its notices in the Official Journal's form, issue 000: "2025/S 000-000842" is 000842-2025.
    private static final Pattern FIND_A_TENDER_REFERENCE = Pattern.compile("\\b(\\d{4})/S 000-(\\d{6})\\b");
    private static final Pattern PORTAL_STAMP = Pattern.compile("\\b(SC|WA) Ref:\\s*(\\d{4,8})\\b");
    // The free text of most notices holds no stamp, page address or reference: looked for first, cheaply.
    private static final GuardedPattern STAMP_IN_TEXT = GuardedPattern.of(PORTAL_STAMP, "C Ref:", "A Ref:");
    private static final GuardedPattern PAGE_IN_TEXT = GuardedPattern.of(NoticePages.ANY_PAGE,
            "find-tender.service.gov.uk/notice/", "contractsfinder.service.gov.uk/notice/",
            "publiccontractsscotland.gov.uk/search/", "sell2wales.gov.wales/search/");
    private static final GuardedPattern REFERENCE_IN_TEXT = GuardedPattern.of(FIND_A_TENDER_REFERENCE, "/S 000-");

    private final String portal;
    private final String ownUrl;
    private final Map<String, RelatedNotice> found = new LinkedHashMap<>();

    private RelatedNotices(String portal, String ownUrl) {
        this.portal = portal;
        this.ownUrl = ownUrl;
    }

    /**
     * @param source the portal the release was fetched from ({@code replay} when replayed)
     * @param text   the release's title and descriptions
     */
    static List<RelatedNotice> of(String source, String ocid, JsonNode release, List<JsonNode> documents,
                                  String ownUrl, String text) {
        String publisher = Sources.fromOcid(ocid);
        String portal = Sources.REPLAY.equals(source) ? publisher : source;
        RelatedNotices related = new RelatedNotices(portal, ownUrl);
        if (!Sources.REPLAY.equals(source) && !Sources.REPLAY.equals(publisher) && !publisher.equals(source)) {
            related.add(new RelatedNotice(publisher, ocid, null, "same-ocid"));
        }
        for (JsonNode process : Nodes.array(release, "relatedProcesses")) {
            related.referencedProcess(process);
        }
        for (JsonNode document : documents) {
            NoticePages.fromUrl(Nodes.text(document, "url"))
                    .filter(notice -> !notice.portal().equals(portal))
                    .ifPresent(notice -> related.add(notice, "referenced"));
        }
        related.fromText(text);
        return new ArrayList<>(related.found.values());
    }

    private void referencedProcess(JsonNode process) {
        String scheme = Nodes.text(process, "scheme");
        String identifier = Nodes.text(process, "identifier");
        if (identifier != null && "ocid".equalsIgnoreCase(scheme) && !Sources.REPLAY.equals(Sources.fromOcid(identifier))) {
            add(new RelatedNotice(Sources.fromOcid(identifier), identifier, null, "referenced"));
        }
        if (identifier != null) {
            findATender(identifier, true).ifPresent(notice -> add(notice, "referenced"));
        }
        NoticePages.fromUrl(Nodes.text(process, "uri")).ifPresent(notice -> add(notice, "referenced"));
    }

    private void fromText(String text) {
        if (text == null) {
            return;
        }
        Matcher stamp = STAMP_IN_TEXT.matcherOrNull(text);
        while (stamp != null && stamp.find()) {
            String stamped = stamp.group(1).equals("SC") ? Sources.PUBLIC_CONTRACTS_SCOTLAND : Sources.SELL2WALES;
            if (!stamped.equals(portal)) {
                add(new NoticePages.Notice(stamped, stamp.group(2)), "referenced");
            }
        }
        Matcher page = PAGE_IN_TEXT.matcherOrNull(text);
        while (page != null && page.find()) {
            NoticePages.fromUrl(page.group()).filter(notice -> !isOwnPortalsNumber(notice))
                    .ifPresent(notice -> add(notice, "mentioned"));
        }
        Matcher reference = REFERENCE_IN_TEXT.matcherOrNull(text);
        while (reference != null && reference.find()) {
            findATender(reference.group(), false).ifPresent(notice -> add(notice, "mentioned"));
        }
    }

    /** A portal's own notice pages by number in its boilerplate ("Search_Switch.aspx?ID=148458") are this notice. */
    private boolean isOwnPortalsNumber(NoticePages.Notice notice) {
        return notice.portal().equals(portal) && NoticePages.PROACTIS_NUMBER.matcher(notice.id()).matches();
    }

    private static Optional<RelatedNotice> findATender(String text, boolean whole) {
        Matcher matcher = FIND_A_TENDER_REFERENCE.matcher(text.strip());
        if (whole ? !matcher.matches() : !matcher.find()) {
            return Optional.empty();
        }
        String id = matcher.group(2) + "-" + matcher.group(1);
        return Optional.of(new RelatedNotice(Sources.FIND_A_TENDER, id, NoticePages.url(Sources.FIND_A_TENDER, id), ""));
    }

    private void add(NoticePages.Notice notice, String evidence) {
        add(new RelatedNotice(notice.portal(), notice.id(), notice.url(), evidence));
    }

    private void add(RelatedNotice notice, String evidence) {
        add(new RelatedNotice(notice.source(), notice.reference(), notice.url(), evidence));
    }

    /** Each notice once, under the most certain evidence found for it (same-ocid, then referenced, then mentioned). */
    private void add(RelatedNotice notice) {
        if (notice.url() != null && notice.url().equals(ownUrl)) {
            return;
        }
        found.putIfAbsent(notice.source() + " " + notice.reference(), notice);
    }
}
