package org.tenderwatch.fetcher;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.tenderwatch.ocds.ReleaseNormaliser;

import java.time.Clock;

/** Beans the fetcher needs that no library provides (the clock and the dead-letter factory come from management's ServiceFactory). */
@Factory
class FetcherFactory {

    @Singleton
    ReleaseNormaliser releaseNormaliser(Clock clock) {
        return new ReleaseNormaliser(clock);
    }
}
