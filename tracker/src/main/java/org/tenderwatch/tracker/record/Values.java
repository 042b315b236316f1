package org.tenderwatch.tracker.record;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Money;
import org.tenderwatch.events.NoticeFetched;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The one figure a release gives for its procurement: what was awarded (the awards' total, when they share one
 * currency) once anything was, otherwise the estimate the tender published.
 */
public final class Values {

    private Values() {
    }

    public static @Nullable Money of(NoticeFetched notice) {
        List<Money> awarded = notice.awards().stream().map(Award::value).filter(Objects::nonNull)
                .filter(m -> m.amount() != null && m.amount().signum() > 0).toList();
        if (!awarded.isEmpty() && awarded.stream().map(Money::currency).distinct().count() == 1) {
            BigDecimal total = awarded.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Money(total, awarded.get(0).currency());
        }
        Money tender = notice.tenderValue();
        return tender != null && tender.amount() != null && tender.amount().signum() > 0 ? tender : null;
    }
}
