package org.tenderwatch.notifier.deliver;

import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What a later release of a procurement someone was alerted about says happened: "Awarded to X Ltd for £Y". */
final class Updates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Updates() {
    }

    static String describe(NoticeClassified classified) {
        NoticeFetched n = classified.notice();
        return switch (classified.stage()) {
            case AWARD, CONTRACT -> awarded(n);
            case CANCELLATION -> "Cancelled";
            case AMENDMENT -> "Amended" + deadline(n);
            case TENDER -> "Open for tenders" + deadline(n);
            case PLANNING -> "Planning notice published";
            case UNKNOWN -> "New notice published";
        };
    }

    private static String awarded(NoticeFetched n) {
        List<String> suppliers = n.awards().stream().flatMap(a -> a.suppliers().stream()).map(Organisation::name)
                .filter(Objects::nonNull).distinct().limit(5).toList();
        String who = suppliers.isEmpty() ? "Awarded" : "Awarded to " + Text.line(String.join(", ", suppliers), 300);
        return Amounts.awarded(n).map(total -> who + " for " + total).orElse(who);
    }

    private static String deadline(NoticeFetched n) {
        return n.tenderDeadline() == null ? "" : "; deadline " + DAY.format(n.tenderDeadline());
    }
}
