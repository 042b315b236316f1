package org.tenderwatch.fetcher.source.publiccontractsscotland;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.tenderwatch.fetcher.http.PoliteHttpFactory;
import org.tenderwatch.fetcher.source.SourceSettings;
import org.tenderwatch.fetcher.source.monthly.MonthlyNoticesSource;
import org.tenderwatch.fetcher.source.monthly.MonthlySourceSettings;
import org.tenderwatch.ocds.Sources;

/** {@code https://api.publiccontractsscotland.gov.uk/v1/Notices}: NHS Scotland's health boards and National Services Scotland publish here. */
@Singleton
@Named(Sources.PUBLIC_CONTRACTS_SCOTLAND)
class PublicContractsScotlandSource extends MonthlyNoticesSource {

    PublicContractsScotlandSource(@Named(Sources.PUBLIC_CONTRACTS_SCOTLAND) SourceSettings settings,
                                  @Named(Sources.PUBLIC_CONTRACTS_SCOTLAND) MonthlySourceSettings monthly,
                                  PoliteHttpFactory http) {
        super("Public Contracts Scotland", settings, monthly, http);
    }

    @Override
    public String name() {
        return Sources.PUBLIC_CONTRACTS_SCOTLAND;
    }
}
