package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A party to a notice: the OCDS party id, its name, its identifier (scheme such as {@code GB-COH},
 * {@code GB-NHS}, {@code GB-PPON}, {@code GB-CFS}, and the id within it) and its OCDS roles.
 */
@Serdeable
public record Organisation(
        @Nullable String id,
        @Nullable String name,
        @Nullable String identifierScheme,
        @Nullable String identifierId,
        List<String> roles) {

    public Organisation {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
