package org.tenderwatch.fetcher.source;

import org.tenderwatch.fetcher.http.RatePolicy;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * One source's settings, {@code fetcher.sources.<name>.*}.
 *
 * @param baseUrl           the API endpoint (live sources)
 * @param pollInterval      pause between polls once caught up, and before retrying a failed window
 * @param windowSize        longest window asked for at once; both sources lose releases in long windows
 * @param overlap           how far each window reaches back before the last checkpoint
 * @param lookBack          where a source without a checkpoint starts: now minus this
 * @param pageSize          the {@code limit} asked for (live sources)
 * @param stages            the {@code stages} parameter, where the source takes one
 * @param directory         the directory a replay source reads
 * @param rateLimitStatuses HTTP statuses by which the source says "slow down"
 * @param rateLimitWait     how long to wait after such a status when it carries no Retry-After (live sources)
 * @param maxWindowAttempts failed attempts after which a window with bad content is set aside as a failed backfill job
 */
@EachProperty("fetcher.sources")
public record SourceSettings(
        @Parameter String name,
        boolean enabled,
        @Nullable String baseUrl,
        Duration pollInterval,
        Duration windowSize,
        Duration overlap,
        Duration lookBack,
        @Bindable(defaultValue = "100") int pageSize,
        @Nullable String stages,
        @Nullable String directory,
        @Nullable List<Integer> rateLimitStatuses,
        @Bindable(defaultValue = "5m") Duration rateLimitWait,
        int maxWindowAttempts) implements RatePolicy {

    public SourceSettings {
        if (windowSize != null && overlap != null && windowSize.compareTo(overlap) <= 0) {
            // Otherwise each window would end before the checkpoint it started from and polling would walk backwards.
            throw new IllegalArgumentException("fetcher.sources." + name + ".window-size (" + windowSize
                    + ") must be longer than its overlap (" + overlap + ")");
        }
    }

    @Override
    public List<Integer> rateLimitStatusesOrNone() {
        return rateLimitStatuses == null ? List.of() : rateLimitStatuses;
    }
}
