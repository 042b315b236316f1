package org.tenderwatch.fetcher.source.monthly;

import org.tenderwatch.fetcher.http.PoliteHttpFactory;
import org.tenderwatch.fetcher.source.HttpNoticeSource;
import org.tenderwatch.fetcher.source.SourceSettings;
import org.tenderwatch.fetcher.http.SourceUnavailableException;
import org.tenderwatch.fetcher.source.Window;
import org.tenderwatch.ocds.ReleasePage;

import java.util.Optional;

/**
 * {@code /v1/Notices?dateFrom=MM-YYYY&noticeType=N&outputType=0}: a window is read as each configured notice type of
 * each month it touches, in that order. Every poll whose window starts in a month reads that whole month again, so
 * a month is re-read until the window has moved past it (the overlap keeps the last month read for a few days into
 * the next one); what was read before is not published twice.
 */
public abstract class MonthlyNoticesSource extends HttpNoticeSource {

    private final MonthlySourceSettings monthly;

    protected MonthlyNoticesSource(String displayName, SourceSettings settings, MonthlySourceSettings monthly,
                                   PoliteHttpFactory http) {
        super(displayName, settings, http);
        this.monthly = monthly;
    }

    @Override
    public Optional<String> firstPage(Window window) {
        return MonthlyPage.first(window, monthly.noticeTypesOrNone()).map(this::location);
    }

    /** The next notice type of this month, else the first of the next month, until the window's last month is read. */
    @Override
    public Optional<String> next(String location, ReleasePage page) {
        return MonthlyPage.parse(location).next(monthly.noticeTypesOrNone()).map(this::location);
    }

    private String location(MonthlyPage page) {
        return page.location(settings().baseUrl(), monthly.locale());
    }

    @Override
    public String read(String location) throws SourceUnavailableException {
        return super.read(MonthlyPage.request(location));
    }

    /** The next request does not depend on what this one answered, so an answer that is not a package is set aside. */
    @Override
    public boolean pagesStandAlone() {
        return true;
    }

    /** There is no paging to break: a month of a notice type comes whole, however many notices it holds. */
    @Override
    public boolean looksCut(ReleasePage page) {
        return false;
    }
}
