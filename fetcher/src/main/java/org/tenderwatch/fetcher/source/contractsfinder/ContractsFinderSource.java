package org.tenderwatch.fetcher.source.contractsfinder;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.tenderwatch.fetcher.http.PoliteHttpFactory;
import org.tenderwatch.fetcher.source.ApiQuery;
import org.tenderwatch.fetcher.source.HttpNoticeSource;
import org.tenderwatch.fetcher.source.SourceSettings;
import org.tenderwatch.fetcher.source.Window;
import org.tenderwatch.ocds.Sources;

import java.util.Optional;

/** {@code /Published/Notices/OCDS/Search?publishedFrom&publishedTo&stages&limit}, then {@code links.next}. */
@Singleton
@Named(Sources.CONTRACTS_FINDER)
class ContractsFinderSource extends HttpNoticeSource {

    ContractsFinderSource(@Named(Sources.CONTRACTS_FINDER) SourceSettings settings, PoliteHttpFactory http) {
        super("Contracts Finder", settings, http);
    }

    @Override
    public String name() {
        return Sources.CONTRACTS_FINDER;
    }

    @Override
    public Optional<String> firstPage(Window window) {
        return Optional.of(ApiQuery.of(settings().baseUrl())
                .time("publishedFrom", window.from())
                .time("publishedTo", window.to())
                .param("stages", settings().stages())
                .param("limit", settings().pageSize())
                .url());
    }
}
