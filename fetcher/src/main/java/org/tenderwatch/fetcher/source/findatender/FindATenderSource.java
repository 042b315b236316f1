package org.tenderwatch.fetcher.source.findatender;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.tenderwatch.fetcher.http.PoliteHttpFactory;
import org.tenderwatch.fetcher.source.ApiQuery;
import org.tenderwatch.fetcher.source.HttpNoticeSource;
import org.tenderwatch.fetcher.source.SourceSettings;
import org.tenderwatch.fetcher.source.Window;
import org.tenderwatch.ocds.Sources;

import java.util.Optional;

/** {@code /api/1.0/ocdsReleasePackages?updatedFrom&updatedTo&limit[&stages]}, then {@code links.next}. */
@Singleton
@Named(Sources.FIND_A_TENDER)
class FindATenderSource extends HttpNoticeSource {

    FindATenderSource(@Named(Sources.FIND_A_TENDER) SourceSettings settings, PoliteHttpFactory http) {
        super("Find a Tender", settings, http);
    }

    @Override
    public String name() {
        return Sources.FIND_A_TENDER;
    }

    @Override
    public Optional<String> firstPage(Window window) {
        return Optional.of(ApiQuery.of(settings().baseUrl())
                .time("updatedFrom", window.from())
                .time("updatedTo", window.to())
                .param("limit", settings().pageSize())
                // Find a Tender answers 400 to parameters it does not know, so stages is sent only when set.
                .param("stages", settings().stages())
                .url());
    }
}
