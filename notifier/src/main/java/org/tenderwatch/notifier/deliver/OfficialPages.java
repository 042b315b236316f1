package org.tenderwatch.notifier.deliver;

import org.tenderwatch.events.NoticeFetched;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The official page of a notice that came without a link, from what its identifiers say: Contracts Finder release
 * ids are {@code <notice guid>-<seq>}, Find a Tender release ids are notice ids ({@code 032703-2026}); failing
 * both, Find a Tender's record of the OCID.
 */
final class OfficialPages {

    private static final Pattern CONTRACTS_FINDER = Pattern.compile("([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})-\\d+");
    private static final Pattern FIND_A_TENDER = Pattern.compile("\\d{6}-\\d{4}");
    private static final Pattern FIND_A_TENDER_OCID = Pattern.compile("ocds-h6vhtk-[0-9a-fA-F]{6}");

    private OfficialPages() {
    }

    static String derived(NoticeFetched n) {
        String ocid = n.ocid() == null ? "" : n.ocid();
        String release = n.releaseId() == null ? "" : n.releaseId();
        Matcher cf = CONTRACTS_FINDER.matcher(release);
        if (ocid.startsWith("ocds-b5fd17-") && cf.matches()) {
            return "https://www.contractsfinder.service.gov.uk/Notice/" + cf.group(1);
        }
        if (ocid.startsWith("ocds-h6vhtk-") && FIND_A_TENDER.matcher(release).matches()) {
            return "https://www.find-tender.service.gov.uk/Notice/" + release;
        }
        if (FIND_A_TENDER_OCID.matcher(ocid).matches()) {
            return "https://www.find-tender.service.gov.uk/api/1.0/ocdsRecordPackages/" + ocid;
        }
        return null;
    }
}
