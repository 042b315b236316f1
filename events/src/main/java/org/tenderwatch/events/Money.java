package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** An amount as published; {@code currency} is absent where the source gave none. */
@Serdeable
public record Money(BigDecimal amount, @Nullable String currency) {
}
