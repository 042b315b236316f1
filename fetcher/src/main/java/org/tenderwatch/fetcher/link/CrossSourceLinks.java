package org.tenderwatch.fetcher.link;

import jakarta.inject.Singleton;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.RelatedNotice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Links a notice to notices of other sources already published with the same buyer, title and lifecycle event within
 * {@link #DAYS} days: a Scottish notice and its copy on Find a Tender, a Welsh notice forwarded there. The later of
 * the two carries the link ({@code same-buyer-title-date}); the earlier one was published before the other existed.
 */
@Singleton
public class CrossSourceLinks {

    /** Copies reach the other portal the same day or within a few days. */
    static final int DAYS = 3;
    static final String EVIDENCE = "same-buyer-title-date";

    private final NoticeFingerprintRepository fingerprints;

    CrossSourceLinks(NoticeFingerprintRepository fingerprints) {
        this.fingerprints = fingerprints;
    }

    /** The notices, each with the matching notices of other sources added to its related ones. */
    public List<NoticeFetched> linked(String source, List<NoticeFetched> notices) {
        List<NoticeFetched> linked = new ArrayList<>(notices.size());
        for (NoticeFetched notice : notices) {
            Optional<Fingerprint> fingerprint = Fingerprint.of(notice);
            List<RelatedNotice> matches = fingerprint.map(f -> fingerprints.findLike(f.buyerKey(), f.titleKey(),
                            f.publishedOn().minusDays(DAYS), f.publishedOn().plusDays(DAYS), source, notice.ocid(), f.lifecycle())
                    .stream().map(CrossSourceLinks::related).filter(r -> !notice.related().contains(r)).toList())
                    .orElse(List.of());
            linked.add(matches.isEmpty() ? notice : RelatedNotices.withMore(notice, matches));
        }
        return linked;
    }

    /** Remembers a published notice so that its copies from other sources can be linked to it. */
    public void remember(String source, NoticeFetched notice) {
        Fingerprint.of(notice).ifPresent(f -> fingerprints.remember(source, notice.releaseId(), notice.ocid(),
                notice.noticeUrl(), f.buyerKey(), f.titleKey(), f.lifecycle(), f.publishedOn()));
    }

    private static RelatedNotice related(NoticeFingerprint match) {
        return new RelatedNotice(match.source(), match.ocid(), match.noticeUrl(), EVIDENCE);
    }
}
