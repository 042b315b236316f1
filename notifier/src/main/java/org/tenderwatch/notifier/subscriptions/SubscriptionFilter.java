package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a subscription wants to hear about. Every field narrows the match; an empty list or a null minimum
 * matches anything.
 *
 * @param buyers  buyer name fragments ("leeds teaching") or identifiers ("RR8", "GB-NHS-RR8")
 * @param regions ITL/NUTS prefixes of three characters or more ("UKE", "TLI3") or postcode areas/districts ("LS", "LS1")
 * @param keywords whole words or phrases looked for in the title and description
 */
@Serdeable
public record SubscriptionFilter(
        List<String> categories,
        List<String> specialties,
        List<String> signals,
        List<String> buyers,
        List<String> regions,
        List<String> keywords,
        List<String> stages,
        @Nullable BigDecimal minValue,
        @Nullable Double minConfidence) {

    public SubscriptionFilter {
        categories = copy(categories);
        specialties = copy(specialties);
        signals = copy(signals);
        buyers = copy(buyers);
        regions = copy(regions);
        keywords = copy(keywords);
        stages = copy(stages);
    }

    public static SubscriptionFilter anything() {
        return new SubscriptionFilter(null, null, null, null, null, null, null, null, null);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
