package org.tenderwatch.fetcher.http;

import java.time.Duration;
import java.util.List;

/** What a source says about how it limits its callers; its settings provide it, so the HTTP layer needs no source. */
public interface RatePolicy {

    /** The source's name, for logs and metrics. */
    String name();

    /** The statuses the source answers when it wants callers to slow down, besides 429 and 503. */
    List<Integer> rateLimitStatusesOrNone();

    /** How long to wait after such an answer when the source does not say. */
    Duration rateLimitWait();
}
