package org.tenderwatch.fetcher.source;

import org.tenderwatch.fetcher.http.SourceUnavailableException;
import org.tenderwatch.fetcher.http.PoliteHttp;
import org.tenderwatch.fetcher.http.PoliteHttpFactory;

/**
 * A live source read over HTTP through its own {@link PoliteHttp}: a subclass says only how a window's first page
 * is asked for; later pages are wherever the source's {@code links.next} points.
 */
public abstract class HttpNoticeSource implements NoticeSource {

    private final SourceSettings settings;
    private final PoliteHttp http;

    protected HttpNoticeSource(String displayName, SourceSettings settings, PoliteHttpFactory http) {
        this.settings = settings;
        this.http = http.forSource(displayName, settings);
    }

    @Override
    public SourceSettings settings() {
        return settings;
    }

    @Override
    public String read(String location) throws SourceUnavailableException {
        return http.get(location);
    }
}
