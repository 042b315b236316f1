package org.tenderwatch.notifier.mute;

import jakarta.inject.Singleton;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.notifier.deliver.NoticeSummary;
import org.tenderwatch.notifier.metrics.NotifierMetrics;

import java.util.HashMap;
import java.util.Map;

/** Tells the intake who muted a notice or is snoozed, and counts the alerts it therefore did not make. */
@Singleton
public class Silencer {

    private final MuteRepository mutes;
    private final NotifierMetrics metrics;

    Silencer(MuteRepository mutes, NotifierMetrics metrics) {
        this.mutes = mutes;
        this.metrics = metrics;
    }

    public Silenced of(NoticeClassified classified) {
        NoticeFetched notice = classified.notice();
        String buyer = notice.buyer() == null || notice.buyer().name() == null ? "" : MuteKind.BUYER.key(notice.buyer().name());
        String[] suppliers = NoticeSummary.suppliers(notice).stream().map(MuteKind.SUPPLIER::key).toArray(String[]::new);
        Map<Long, String> reasons = new HashMap<>();
        // A snooze says more than a mute: it is what the subscriber will want to see counted.
        mutes.silenced(notice.ocid(), buyer, suppliers).forEach(row -> reasons.merge(row.subscriberId(), row.reason(),
                (a, b) -> "snoozed".equals(a) || "snoozed".equals(b) ? "snoozed" : a));
        return new Silenced(reasons);
    }

    /** Reports what was left out, once the alerts it was left out of are recorded. */
    public void count(Silenced silenced) {
        if (silenced.muted() > 0) {
            metrics.alertsSilenced("muted", silenced.muted());
        }
        if (silenced.snoozed() > 0) {
            metrics.alertsSilenced("snoozed", silenced.snoozed());
        }
    }
}
