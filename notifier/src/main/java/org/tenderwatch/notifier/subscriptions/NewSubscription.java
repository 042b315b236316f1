package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.math.BigDecimal;

/** A subscription as it is inserted: the columns it sets; the rest (times, closing) take the table's defaults. */
@MappedEntity("subscription")
record NewSubscription(
        @Id @GeneratedValue @Nullable Long id,
        long subscriberId,
        String name,
        @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
        @TypeDef(type = DataType.STRING_ARRAY) String[] specialties,
        @TypeDef(type = DataType.STRING_ARRAY) String[] signals,
        @TypeDef(type = DataType.STRING_ARRAY) String[] buyers,
        @TypeDef(type = DataType.STRING_ARRAY) String[] regions,
        @TypeDef(type = DataType.STRING_ARRAY) String[] keywords,
        @TypeDef(type = DataType.STRING_ARRAY) String[] stages,
        @Nullable BigDecimal minValue,
        @Nullable Double minConfidence,
        String cadence,
        int digestHour,
        boolean confirmed) {

    static NewSubscription of(long subscriberId, String name, SubscriptionFilter f, Cadence cadence, int digestHour,
                              boolean confirmed) {
        return new NewSubscription(null, subscriberId, name == null ? "" : name, array(f.categories()),
                array(f.specialties()), array(f.signals()), array(f.buyers()), array(f.regions()), array(f.keywords()),
                array(f.stages()), f.minValue(), f.minConfidence(), cadence.label(), digestHour, confirmed);
    }

    static String[] array(java.util.List<String> values) {
        return values.toArray(String[]::new);
    }
}
