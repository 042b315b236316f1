package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Money;
import org.tenderwatch.events.NoticeFetched;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a notice is worth, as people read money: "£2,500,000", "£1,250,000.50 awarded", "not published". */
final class Amounts {

    private Amounts() {
    }

    /** The tender's estimate, or for an award notice without one, what was awarded. */
    static String value(NoticeFetched n) {
        Money tender = n.tenderValue();
        if (tender != null && tender.amount() != null) {
            return amount(tender.amount(), tender.currency());
        }
        return awarded(n).map(total -> total + " awarded").orElse("not published");
    }

    /** What the awards add up to, in the first one's currency; empty when no award gives a value. */
    static Optional<String> awarded(NoticeFetched n) {
        List<Money> values = n.awards().stream().map(Award::value).filter(m -> m != null && m.amount() != null).toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = values.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(amount(total, values.get(0).currency()));
    }

    /** In its currency (pounds when none is named), pence only when there are any; an unknown code shown as published. */
    static String amount(BigDecimal amount, @Nullable String currency) {
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
            format.setCurrency(Currency.getInstance(currency == null ? "GBP" : currency));
            format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
            format.setMinimumFractionDigits(format.getMaximumFractionDigits());
            return format.format(amount);
        } catch (IllegalArgumentException e) {
            return amount.toPlainString() + " " + Text.line(currency, 5);
        }
    }
}
