package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Money;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.NoticeValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** What a notice is worth, as people read money: "£2,500,000", "£1,250,000.50 awarded", "not published". */
final class Amounts {

    private Amounts() {
    }

    /** The notice's one figure ({@link NoticeValue}): "£2,500,000", "£1,250,000.50 awarded", "not published". */
    static String value(NoticeFetched n) {
        NoticeValue value = n.value();
        if (value == null) {
            return "not published";
        }
        String amount = amount(value.amount(), value.currency());
        return value.basis() == NoticeValue.Basis.AWARDED ? amount + " awarded" : amount;
    }

    /** What was awarded, when the notice's figure is that. */
    static Optional<String> awarded(NoticeFetched n) {
        return awardedMoney(n).map(total -> amount(total.amount(), total.currency()));
    }

    /** The figure a change of value is measured on: the notice's one figure, awarded or estimated. */
    static Optional<Money> figure(NoticeFetched n) {
        return Optional.ofNullable(n.value()).map(NoticeValue::money);
    }

    /** What was awarded, when the notice's figure is that; empty for an estimate or no figure. */
    static Optional<Money> awardedMoney(NoticeFetched n) {
        return Optional.ofNullable(n.value()).filter(v -> v.basis() == NoticeValue.Basis.AWARDED).map(NoticeValue::money);
    }

    /** Short, for a subject line: "£1.2m", "£850k", "£3.4bn"; other currencies and amounts under £1,000 in full. */
    static String compact(Money money) {
        BigDecimal amount = money.amount();
        boolean pounds = money.currency() == null || "GBP".equals(money.currency());
        if (!pounds || amount.abs().compareTo(BigDecimal.valueOf(1000)) < 0) {
            return amount(amount, money.currency());
        }
        String[][] units = {{"1000000000", "bn"}, {"1000000", "m"}, {"1000", "k"}};
        for (String[] unit : units) {
            BigDecimal size = new BigDecimal(unit[0]);
            if (amount.abs().compareTo(size) >= 0) {
                return "£" + amount.divide(size, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + unit[1];
            }
        }
        return amount(amount, money.currency());
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
