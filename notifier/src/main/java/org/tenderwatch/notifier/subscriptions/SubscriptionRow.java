package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A subscription row with its subscriber's channel and stored recipient; the filter's lists are PostgreSQL text arrays. */
@Introspected
record SubscriptionRow(long id, long subscriberId, String channel, String recipient, String name,
                       @Nullable String[] categories, @Nullable String[] specialties, @Nullable String[] signals,
                       @Nullable String[] buyers, @Nullable String[] regions, @Nullable String[] keywords,
                       @Nullable String[] stages, @Nullable BigDecimal minValue, @Nullable Double minConfidence,
                       String cadence, int digestHour, boolean confirmed, Instant createdAt) {

    Subscription subscription() {
        SubscriptionFilter filter = new SubscriptionFilter(texts(categories), texts(specialties), texts(signals),
                texts(buyers), texts(regions), texts(keywords), texts(stages), minValue, minConfidence);
        return new Subscription(id, subscriberId, channel, recipient, name, filter, Cadence.fromLabel(cadence),
                digestHour, confirmed, createdAt);
    }

    private static List<String> texts(@Nullable String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}
