package org.tenderwatch.ocds;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public page of a notice on each portal, built from the notice's identifier on the portal's own host, so a
 * link is never one a release wrote (free text, an API address, another host).
 */
final class NoticePages {

    static final Pattern FIND_A_TENDER_ID = Pattern.compile("\\d{6}-\\d{4}");
    static final Pattern CONTRACTS_FINDER_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);
    // Public Contracts Scotland and Sell2Wales run the same software: a notice id is a month and a number, APR352629;
    // the notice's number alone (569951, as in "SC Ref:569951") opens it too.
    static final Pattern PROACTIS_ID = Pattern.compile("[A-Z]{3}\\d{5,7}");
    static final Pattern PROACTIS_NUMBER = Pattern.compile("\\d{4,8}");

    private static final Pattern FIND_A_TENDER_PAGE = Pattern.compile(
            "https?://www\\.find-tender\\.service\\.gov\\.uk/Notice/(\\d{6}-\\d{4})(?:[/?#].*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTRACTS_FINDER_PAGE = Pattern.compile(
            "https?://www\\.contractsfinder\\.service\\.gov\\.uk/Notice/(" + CONTRACTS_FINDER_ID.pattern() + ")(?:[/?#].*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCOTLAND_PAGE = Pattern.compile(
            "https?://www\\.publiccontractsscotland\\.gov\\.uk/search/(?:show/search_view|search_switch)\\.aspx\\?ID=([A-Z]{3}\\d{5,7}|\\d{4,8})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WALES_PAGE = Pattern.compile(
            "https?://www\\.sell2wales\\.gov\\.wales/search/(?:show/search_view|search_switch)\\.aspx\\?ID=([A-Z]{3}\\d{5,7}|\\d{4,8})",
            Pattern.CASE_INSENSITIVE);

    /** A notice as a portal names it. */
    record Notice(String portal, String id) {
        String url() {
            return NoticePages.url(portal, id);
        }
    }

    private NoticePages() {
    }

    /** The page of notice {@code id} on {@code portal}; null when the id is not of that portal's form. */
    static String url(String portal, String id) {
        if (portal == null || id == null) {
            return null;
        }
        return switch (portal) {
            case Sources.FIND_A_TENDER -> FIND_A_TENDER_ID.matcher(id).matches()
                    ? "https://www.find-tender.service.gov.uk/Notice/" + id : null;
            case Sources.CONTRACTS_FINDER -> CONTRACTS_FINDER_ID.matcher(id).matches()
                    ? "https://www.contractsfinder.service.gov.uk/Notice/" + id.toLowerCase(Locale.ROOT) : null;
            case Sources.PUBLIC_CONTRACTS_SCOTLAND -> proactis("https://www.publiccontractsscotland.gov.uk", id);
            case Sources.SELL2WALES -> proactis("https://www.sell2wales.gov.wales", id);
            default -> null;
        };
    }

    private static String proactis(String host, String id) {
        if (PROACTIS_ID.matcher(id).matches()) {
            return host + "/search/show/search_view.aspx?ID=" + id;
        }
        return PROACTIS_NUMBER.matcher(id).matches() ? host + "/Search/Search_Switch.aspx?ID=" + id : null;
    }

    /** Notice page addresses of known portals, wherever they appear in a text. */
    static final Pattern ANY_PAGE = Pattern.compile(
            "https?://www\\.(?:find-tender\\.service\\.gov\\.uk/Notice/\\d{6}-\\d{4}"
                    + "|contractsfinder\\.service\\.gov\\.uk/Notice/[0-9a-fA-F-]{36}"
                    + "|(?:publiccontractsscotland\\.gov\\.uk|sell2wales\\.gov\\.wales)/search/(?:show/search_view|search_switch)"
                    + "\\.aspx\\?ID=[A-Za-z0-9]+)", Pattern.CASE_INSENSITIVE);

    /** The notice a portal page address names, when it is exactly a notice page of a known portal. */
    static Optional<Notice> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        // Sell2Wales publishes its addresses with whitespace cut into them ("search_view.asp    x").
        String trimmed = url.strip().replaceAll("\\s+", "");
        return match(FIND_A_TENDER_PAGE, trimmed, Sources.FIND_A_TENDER)
                .or(() -> match(CONTRACTS_FINDER_PAGE, trimmed, Sources.CONTRACTS_FINDER))
                .or(() -> match(SCOTLAND_PAGE, trimmed, Sources.PUBLIC_CONTRACTS_SCOTLAND))
                .or(() -> match(WALES_PAGE, trimmed, Sources.SELL2WALES));
    }

    private static Optional<Notice> match(Pattern pattern, String url, String portal) {
        Matcher matcher = pattern.matcher(url);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String id = matcher.group(1);
        return Optional.of(new Notice(portal, portal.equals(Sources.CONTRACTS_FINDER) ? id.toLowerCase(Locale.ROOT)
                : id.toUpperCase(Locale.ROOT)));
    }
}
