package org.tenderwatch.fetcher.link;

import jakarta.inject.Singleton;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.RelatedNotice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links a notice to notices of other sources already seen with the same buyer, title and lifecycle event within
 * {@link #DAYS} days: a Scottish notice and its copy on Find a Tender, a Welsh notice forwarded there. The later of
 * the two carries the link ({@code same-buyer-title-date}); the earlier one was published before the other existed.
 */
@Singleton
public class CrossSourceLinks {

    /** Copies reach the other portal the same day or within a few days. */
    static final int DAYS = 3;
    static final String EVIDENCE = "same-buyer-title-date";

    private final NoticeFingerprints fingerprints;

    CrossSourceLinks(NoticeFingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    /**
     * The notices, each with the matching notices of other sources added to its related ones; then each is remembered
     * so that its own copies from other sources can be linked to it. Done when a page is made ready to send rather
     * than when the broker acknowledges it: a notice of a window that fails is sent when the window is read again, so
     * a link to it is early, never wrong.
     */
    public List<NoticeFetched> linkAndRemember(String source, List<NoticeFetched> notices) {
        List<NoticeFingerprints.Entry> entries = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < notices.size(); i++) {
            NoticeFetched notice = notices.get(i);
            Optional<Fingerprint> fingerprint = Fingerprint.of(notice);
            if (fingerprint.isPresent()) {
                entries.add(new NoticeFingerprints.Entry(notice.releaseId(), notice.ocid(), notice.noticeUrl(), fingerprint.get()));
                positions.add(i);
            }
        }
        Map<Integer, List<RelatedNotice>> matches = fingerprints.findLike(source, entries, DAYS, EVIDENCE);
        List<NoticeFetched> linked = new ArrayList<>(notices);
        matches.forEach((entry, related) -> {
            int position = positions.get(entry);
            NoticeFetched notice = linked.get(position);
            List<RelatedNotice> more = related.stream().distinct().filter(r -> !notice.related().contains(r)).toList();
            if (!more.isEmpty()) {
                linked.set(position, RelatedNotices.withMore(notice, more));
            }
        });
        fingerprints.remember(source, entries);
        return linked;
    }
}
