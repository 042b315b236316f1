package org.tenderwatch.fetcher.link;

import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.RelatedNotice;

import java.util.ArrayList;
import java.util.List;

/** A notice with more related notices: the event is a record, so a copy with every other component as it was. */
final class RelatedNotices {

    private RelatedNotices() {
    }

    static NoticeFetched withMore(NoticeFetched n, List<RelatedNotice> more) {
        List<RelatedNotice> related = new ArrayList<>(n.related());
        related.addAll(more);
        return new NoticeFetched(n.source(), n.ocid(), n.releaseId(), n.releaseDate(), n.tags(), n.noticeType(), n.title(),
                n.description(), n.buyer(), n.parties(), n.awards(), n.cpv(), n.tenderValue(), n.procurementMethod(),
                n.procurementMethodDetails(), n.mainProcurementCategory(), n.framework(), n.dynamicPurchasingSystem(),
                n.tenderDeadline(), n.deliveryRegions(), n.noticeUrl(), n.release(), n.fetchedAt(), n.lifecycle(),
                n.regime(), n.standstillEnd(), n.tenderers(), n.testNotice(), related);
    }
}
