package org.tenderwatch.fetcher;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.tenderwatch.ocds.ReleaseNormaliser;

import java.time.Clock;

/** Beans the fetcher needs that no library provides. */
@Factory
class FetcherFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    ReleaseNormaliser releaseNormaliser(Clock clock) {
        return new ReleaseNormaliser(clock);
    }
}
