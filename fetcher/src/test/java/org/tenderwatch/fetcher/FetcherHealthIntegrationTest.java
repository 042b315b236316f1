package org.tenderwatch.fetcher;

import org.tenderwatch.fetcher.support.FetcherTest;
import org.tenderwatch.fetcher.support.RunningFetcher;
import org.tenderwatch.testing.HealthContract;

/** The fetcher keeps the health contract every service keeps; its own dependency is its database. */
@FetcherTest
class FetcherHealthIntegrationTest extends HealthContract {

    FetcherHealthIntegrationTest(RunningFetcher fetcher) {
        super(fetcher, "fetcher", Dependency.DATABASE, RunningFetcher::baseProperties);
    }
}
