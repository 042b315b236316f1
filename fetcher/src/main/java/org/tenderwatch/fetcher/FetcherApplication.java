package org.tenderwatch.fetcher;

import io.micronaut.runtime.Micronaut;

/** Starts the fetcher service. */
public final class FetcherApplication {

    private FetcherApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(FetcherApplication.class, args);
    }
}
