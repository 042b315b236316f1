package org.tenderwatch.fetcher.http;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;

import java.time.Clock;

/** Gives each source its own {@link PoliteHttp}, so each has its own single request in flight. */
@Singleton
public class PoliteHttpFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PoliteHttpFactory.class);

    private final HttpSettings http;
    private final FetcherMetrics metrics;
    private final Clock clock;

    PoliteHttpFactory(HttpSettings http, FetcherMetrics metrics, Clock clock) {
        this.http = http;
        this.metrics = metrics;
        this.clock = clock;
        if (http.contactUrl() == null || http.contactUrl().isBlank()) {
            LOG.warn("fetcher.http.contact-url (FETCHER_CONTACT_URL) is not set: the sources ask harvesters to name a contact");
        }
    }

    public PoliteHttp forSource(String displayName, RatePolicy settings) {
        return new PoliteHttp(displayName, settings, http, metrics, clock);
    }
}
