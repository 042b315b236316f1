package org.tenderwatch.tracker.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code tracker.search.*}: page sizes, how deep paging may go (beyond it, narrow the search or take the CSV) and
 * how long one query may run before it is cancelled.
 */
@ConfigurationProperties("tracker.search")
public record SearchSettings(@Bindable(defaultValue = "25") int pageSize,
                           @Bindable(defaultValue = "100") int maxPageSize,
                           @Bindable(defaultValue = "10000") int maxOffset,
                           @Bindable(defaultValue = "5s") Duration queryTimeout) {
}
