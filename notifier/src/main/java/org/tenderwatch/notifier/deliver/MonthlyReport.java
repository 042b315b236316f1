package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What the monthly message says: that the service still works for this subscriber, shown by what it read and
 * matched for them in the month, source by source, and the latest notice each source gave it.
 *
 * @param activeAlerts  the subscriber's alerts (subscriptions) in force when the message was built
 * @param messagesSent  alert messages (instant and digests) sent to them in the month
 */
public record MonthlyReport(YearMonth month, List<Source> sources, int activeAlerts, long messagesSent) {

    private static final Map<String, String> SOURCE_NAMES = Map.of(
            "find-a-tender", "Find a Tender",
            "contracts-finder", "Contracts Finder",
            "public-contracts-scotland", "Public Contracts Scotland",
            "sell2wales", "Sell2Wales");

    /**
     * @param source  the source's id, as the fetcher names it
     * @param read    notices from it the notifier read, and matched against every alert, in the month
     * @param matched of those, the notices that matched one of this subscriber's alerts (follow-ups included)
     * @param latest  the last notice received from it, in the month or before; null when none ever came
     */
    public record Source(String source, long read, long matched, @Nullable Latest latest) {

        /** How people know the source: "Find a Tender", not find-a-tender. */
        public String name() {
            return SOURCE_NAMES.getOrDefault(source, source);
        }
    }

    /** @param published the release's own date, when it has one; {@code recordUrl} its page on the tracker, if configured */
    public record Latest(String title, @Nullable LocalDate published, Instant received, @Nullable String recordUrl) {
    }

    /** Notices that matched for this subscriber, over every source. */
    public long matched() {
        return sources.stream().mapToLong(Source::matched).sum();
    }
}
