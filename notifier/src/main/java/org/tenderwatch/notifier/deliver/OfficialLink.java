package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The "official notice" link of a message: the notice's page as {@code ocds} built it from the notice's identifiers
 * ({@code noticeUrl}), checked again here as it is rendered, because whoever can write to the topic can write any
 * URL there. Only a notice page of a known portal passes, over https, exactly; anything else gives no link at all.
 */
final class OfficialLink {

    private static final String PROACTIS_PAGE = "/(?:search/show/search_view|Search/Search_Switch)\\.aspx\\?ID=(?:[A-Z]{3}\\d{5,7}|\\d{4,8})";
    private static final List<Pattern> NOTICE_PAGES = List.of(
            Pattern.compile("https://www\\.find-tender\\.service\\.gov\\.uk/Notice/\\d{6}-\\d{4}"),
            Pattern.compile("https://www\\.contractsfinder\\.service\\.gov\\.uk/Notice/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
            Pattern.compile("https://www\\.publiccontractsscotland\\.gov\\.uk" + PROACTIS_PAGE),
            Pattern.compile("https://www\\.sell2wales\\.gov\\.wales" + PROACTIS_PAGE));

    private OfficialLink() {
    }

    static String of(@Nullable String noticeUrl) {
        if (noticeUrl == null || noticeUrl.length() > 200) {
            return null;
        }
        return NOTICE_PAGES.stream().anyMatch(page -> page.matcher(noticeUrl).matches()) ? noticeUrl : null;
    }
}
