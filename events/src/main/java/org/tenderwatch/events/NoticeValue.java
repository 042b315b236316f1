package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The one figure a release gives for its procurement, the same wherever it is shown or filtered on: what was awarded
 * (the awards' total, when they share one currency) once anything was, otherwise the estimate the tender published.
 * Derived here and nowhere else, so that a minimum-value filter tests the figure its alert shows.
 *
 * @param amount   positive; a zero or negative amount in a notice stands for "not given" and makes no value
 * @param currency as published; absent where the source gave none
 * @param basis    whether the figure is what was awarded or what the tender estimated
 */
@Serdeable
public record NoticeValue(BigDecimal amount, @Nullable String currency, Basis basis) {

    public enum Basis { AWARDED, ESTIMATED }

    /** The figure of a release with this estimate and these awards; null when neither gives a positive amount. */
    public static @Nullable NoticeValue of(@Nullable Money tenderValue, List<Award> awards) {
        List<Money> awarded = (awards == null ? List.<Award>of() : awards).stream().map(Award::value)
                .filter(Objects::nonNull).filter(NoticeValue::positive).toList();
        if (!awarded.isEmpty() && awarded.stream().map(Money::currency).distinct().count() == 1) {
            BigDecimal total = awarded.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new NoticeValue(total, awarded.get(0).currency(), Basis.AWARDED);
        }
        return tenderValue != null && positive(tenderValue)
                ? new NoticeValue(tenderValue.amount(), tenderValue.currency(), Basis.ESTIMATED) : null;
    }

    public Money money() {
        return new Money(amount, currency);
    }

    private static boolean positive(Money money) {
        return money.amount() != null && money.amount().signum() > 0;
    }
}
