package org.tenderwatch.fetcher.source.monthly;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What a monthly source asks for besides the window, {@code fetcher.sources.<name>.*}.
 *
 * @param noticeTypes the portal's notice types read each month ({@code noticeType}); a type not listed is not read
 * @param locale      the {@code locale} parameter where the portal takes one (Sell2Wales: 2057 English, 1106 Welsh)
 */
@EachProperty("fetcher.sources")
public record MonthlySourceSettings(
        @Parameter String name,
        @Nullable List<Integer> noticeTypes,
        @Nullable String locale) {

    public List<Integer> noticeTypesOrNone() {
        return noticeTypes == null ? List.of() : noticeTypes;
    }
}
