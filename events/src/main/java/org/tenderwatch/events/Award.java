package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;
import java.util.List;

/** One OCDS award: who won it and for how much. */
@Serdeable
public record Award(
        @Nullable String id,
        @Nullable String status,
        @Nullable OffsetDateTime date,
        @Nullable Money value,
        List<Organisation> suppliers) {

    public Award {
        suppliers = suppliers == null ? List.of() : List.copyOf(suppliers);
    }
}
