package org.tenderwatch.fetcher.source.contractsfinder;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.tenderwatch.fetcher.http.PoliteHttp;
import org.tenderwatch.fetcher.http.PoliteHttpFactory;
import org.tenderwatch.fetcher.source.ApiQuery;
import org.tenderwatch.fetcher.source.NoticeSource;
import org.tenderwatch.fetcher.source.SourceSettings;
import org.tenderwatch.fetcher.source.SourceUnavailableException;
import org.tenderwatch.fetcher.source.Window;
import org.tenderwatch.ocds.Sources;

import java.util.Optional;

/** {@code /Published/Notices/OCDS/Search?publishedFrom&publishedTo&stages&limit}, then {@code links.next}. */
@Singleton
@Named(Sources.CONTRACTS_FINDER)
class ContractsFinderSource implements NoticeSource {

    private final SourceSettings settings;
    private final PoliteHttp http;

    ContractsFinderSource(@Named(Sources.CONTRACTS_FINDER) SourceSettings settings, PoliteHttpFactory http) {
        this.settings = settings;
        this.http = http.forSource("Contracts Finder", settings);
    }

    @Override
    public String name() {
        return Sources.CONTRACTS_FINDER;
    }

    @Override
    public SourceSettings settings() {
        return settings;
    }

    @Override
    public Optional<String> firstPage(Window window) {
        return Optional.of(ApiQuery.of(settings.baseUrl())
                .time("publishedFrom", window.from())
                .time("publishedTo", window.to())
                .param("stages", settings.stages())
                .param("limit", settings.pageSize())
                .url());
    }

    @Override
    public String read(String location) throws SourceUnavailableException {
        return http.get(location);
    }
}
