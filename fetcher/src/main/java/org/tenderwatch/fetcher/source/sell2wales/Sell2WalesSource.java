package org.tenderwatch.fetcher.source.sell2wales;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.tenderwatch.fetcher.http.PoliteHttpFactory;
import org.tenderwatch.fetcher.source.SourceSettings;
import org.tenderwatch.fetcher.source.monthly.MonthlyNoticesSource;
import org.tenderwatch.fetcher.source.monthly.MonthlySourceSettings;
import org.tenderwatch.ocds.Sources;

/** {@code https://api.sell2wales.gov.wales/v1/Notices}: NHS Wales Shared Services Partnership and the health boards publish here. */
@Singleton
@Named(Sources.SELL2WALES)
class Sell2WalesSource extends MonthlyNoticesSource {

    Sell2WalesSource(@Named(Sources.SELL2WALES) SourceSettings settings,
                     @Named(Sources.SELL2WALES) MonthlySourceSettings monthly, PoliteHttpFactory http) {
        super("Sell2Wales", settings, monthly, http);
    }

    @Override
    public String name() {
        return Sources.SELL2WALES;
    }
}
