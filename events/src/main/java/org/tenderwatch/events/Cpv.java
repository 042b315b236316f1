package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A CPV code as classified by the buyer; {@code main} marks the tender's main classification. */
@Serdeable
public record Cpv(String code, @Nullable String description, boolean main) {
}
