package org.tenderwatch.notifier.deliver;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Words of the monthly message that every channel says alike. */
public final class MonthlyText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private MonthlyText() {
    }

    /** When the latest notice of a source was published and when it reached us, e.g. "published 3 March 2026, read 1 December 2026". */
    public static String when(MonthlyReport.Latest latest) {
        String read = "read " + DAY.format(latest.received().atZone(ProcurementThreads.SUBSCRIBERS_ZONE));
        return latest.published() == null ? read : "published " + DAY.format(latest.published()) + ", " + read;
    }
}
