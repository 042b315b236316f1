package org.tenderwatch.classifier.procurement;

import org.tenderwatch.events.Award;
import org.tenderwatch.events.Cpv;
import org.tenderwatch.events.Lifecycle;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Later releases of a recorded procurement, made from its real release the way award and amendment notices are
 * published: the recorded data holds no relevant procurement with several releases, so these keep the real text
 * and change only what a later notice changes (id, date, tags, lifecycle event, and the texts it leaves out).
 */
public final class Releases {

    private Releases() {
    }

    /** An award notice that names the procurement in a few words and the winner, and nothing else. */
    public static NoticeFetched thinAward(NoticeFetched tender, String title, List<Award> awards, OffsetDateTime date) {
        return new NoticeFetched(tender.source(), tender.ocid(), tender.releaseId() + "-award", date, List.of("award"),
                "UK6", title, null, null, List.of(), awards, List.of(), null, null, null, null, false, false, null,
                List.of(), tender.noticeUrl(), "{\"id\":\"" + tender.releaseId() + "-award\"}", tender.fetchedAt(),
                Lifecycle.PROVIDER_SELECTED, null, null, List.of(), false, List.of());
    }

    /** The same release with another id, date, title, description, buyer, parties, awards and CPV codes. */
    public static NoticeFetched variant(NoticeFetched release, String releaseId, OffsetDateTime date, String title,
                                 String description, Organisation buyer, List<Organisation> parties,
                                 List<Award> awards, List<Cpv> cpv) {
        return new NoticeFetched(release.source(), release.ocid(), releaseId, date, release.tags(),
                release.noticeType(), title, description, buyer, parties, awards, cpv, release.tenderValue(),
                release.procurementMethod(), release.procurementMethodDetails(), release.mainProcurementCategory(),
                release.framework(), release.dynamicPurchasingSystem(), release.tenderDeadline(),
                release.deliveryRegions(), release.noticeUrl(), release.release(), release.fetchedAt(),
                release.lifecycle(), release.regime(), release.standstillEnd(), release.tenderers(),
                release.testNotice(), release.related());
    }

    public static NoticeFetched dated(NoticeFetched release, String releaseId, OffsetDateTime date, List<String> tags) {
        return new NoticeFetched(release.source(), release.ocid(), releaseId, date, tags, release.noticeType(),
                release.title(), release.description(), release.buyer(), release.parties(), release.awards(),
                release.cpv(), release.tenderValue(), release.procurementMethod(), release.procurementMethodDetails(),
                release.mainProcurementCategory(), release.framework(), release.dynamicPurchasingSystem(),
                release.tenderDeadline(), release.deliveryRegions(), release.noticeUrl(), release.release(),
                release.fetchedAt(), release.lifecycle(), release.regime(), release.standstillEnd(),
                release.tenderers(), release.testNotice(), release.related());
    }
}
